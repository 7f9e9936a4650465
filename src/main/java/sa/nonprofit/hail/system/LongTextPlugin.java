package sa.nonprofit.hail.system;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.springframework.stereotype.Component;

/** Registers {@link LongTextSerializer} ahead of Camunda's serializers, so it is asked first about every String. */
@Component
class LongTextPlugin extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<TypedValueSerializer> serializers = new ArrayList<>();
		if (configuration.getCustomPreVariableSerializers() != null) {
			serializers.addAll(configuration.getCustomPreVariableSerializers());
		}
		serializers.add(0, new LongTextSerializer());
		configuration.setCustomPreVariableSerializers(serializers);
	}

}
