package sa.nonprofit.hail.beneficiary;

import java.util.Map;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

import sa.nonprofit.hail.beneficiary.BeneficiaryProcess.Variables;
import sa.nonprofit.hail.system.Refusal;

/** Takes an applicant's satisfaction answer (score 1 to 5 and a comment) to the request waiting for it. */
@Service
public class SatisfactionSurveys {

	static final int MAX_COMMENT = 1000;

	private final RuntimeService runtime;

	SatisfactionSurveys(RuntimeService runtime) {
		this.runtime = runtime;
	}

	public void answer(String token, Integer score, String comment) {
		if (score == null || score < 1 || score > 5) {
			throw Refusal.invalid("التقييم رقم من ١ إلى ٥", "The score is a number from 1 to 5");
		}
		String text = comment == null ? "" : comment.strip();
		if (text.length() > MAX_COMMENT) {
			throw Refusal.invalid("التعليق أطول من ١٠٠٠ حرف", "The comment is longer than 1000 characters");
		}
		if (token == null || token.isBlank()) {
			throw notFound();
		}
		try {
			this.runtime.createMessageCorrelation(BeneficiaryProcess.MSG_SURVEY_ANSWERED)
				.processInstanceVariableEquals(Variables.SURVEY_TOKEN, token)
				.setVariables(Map.of(Variables.SURVEY_SCORE, score, Variables.SURVEY_COMMENT, text))
				.correlateWithResult();
		}
		catch (MismatchingMessageCorrelationException ex) {
			throw notFound();
		}
	}

	private static Refusal notFound() {
		return Refusal.notFound("الاستبيان غير موجود أو سبقت الإجابة عليه أو انتهت مدته",
				"The survey does not exist, was already answered, or has closed");
	}

}
