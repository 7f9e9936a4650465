package sa.nonprofit.hail.privacy;

import org.camunda.bpm.engine.delegate.VariableScope;

/** A breach variable as trimmed text, empty when unset. */
final class BreachText {

	private BreachText() {
	}

	static String of(VariableScope scope, String name) {
		Object value = scope.getVariable(name);
		return value == null ? "" : value.toString().strip();
	}

}
