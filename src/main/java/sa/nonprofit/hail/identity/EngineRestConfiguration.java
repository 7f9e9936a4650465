package sa.nonprofit.hail.identity;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/** Camunda's REST resources, plus our answers to refused requests ({@link EngineRestProblems}). */
@Component
class EngineRestConfiguration extends CamundaJerseyResourceConfig {

	@Override
	protected void registerAdditionalResources() {
		register(new EngineRestProblems());
		register(new EngineRestProblems.Wrapped());
		register(new EngineRestProblems.Unexpected());
	}

}
