package sa.nonprofit.hail.system;

import java.util.List;

/** What someone sent has problems, each named by field in Arabic and English; nothing was changed. */
public class InvalidInput extends RuntimeException {

	private final List<FieldProblem> problems;

	public InvalidInput(List<FieldProblem> problems) {
		super("invalid input: " + problems.stream().map(FieldProblem::field).toList());
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> problems() {
		return this.problems;
	}

}
