package sa.nonprofit.hail.identity;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

import sa.nonprofit.hail.system.DatabaseOutageAnswer;

/** Camunda's REST resources, plus our answers to refused requests and to a database away ({@link EngineRestProblems}). */
@Component
class EngineRestConfiguration extends CamundaJerseyResourceConfig {

	private final DatabaseOutageAnswer outage;

	EngineRestConfiguration(DatabaseOutageAnswer outage) {
		this.outage = outage;
	}

	@Override
	protected void registerAdditionalResources() {
		register(new EngineRestProblems(this.outage));
		register(new EngineRestProblems.Wrapped(this.outage));
		register(new EngineRestProblems.Unexpected(this.outage));
	}

}
