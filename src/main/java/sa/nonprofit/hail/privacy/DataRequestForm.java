package sa.nonprofit.hail.privacy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import sa.nonprofit.hail.privacy.DataSubjectProcess.RequestType;
import sa.nonprofit.hail.privacy.DataSubjectProcess.Variables;
import sa.nonprofit.hail.system.FieldProblem;
import sa.nonprofit.hail.system.SaudiIdentifiers;

/**
 * What a person asks about their data, as typed on the portal or told to the officer: checked whole, every problem
 * named in Arabic and English, and written the one way the process keeps it (ASCII digits, {@code +9665…}).
 */
public record DataRequestForm(String nationalId, String mobile, String email, String requestType, String details,
		Boolean declarationAccepted) {

	public static final int MAX_DETAILS = 4000;

	/** The form as the process keeps it, or the problems that stop it. */
	record Checked(DataRequestForm form, List<FieldProblem> problems) {

		boolean valid() {
			return this.problems.isEmpty();
		}

	}

	/** Checks everything but the declaration, which only the portal asks for (staff record requests made to them). */
	Checked check() {
		List<FieldProblem> problems = new ArrayList<>();
		String id = SaudiIdentifiers.normaliseDigits(this.nationalId);
		if (!SaudiIdentifiers.isValidNationalId(id)) {
			problems.add(new FieldProblem(Variables.NATIONAL_ID, "رقم الهوية الوطنية أو الإقامة غير صحيح",
					"The national ID or iqama number is not valid"));
		}
		Optional<String> phone = SaudiIdentifiers.normaliseMobile(this.mobile);
		if (phone.isEmpty()) {
			problems.add(new FieldProblem(Variables.MOBILE, "رقم الجوال غير صحيح، مثل 05XXXXXXXX",
					"The mobile number is not valid, e.g. 05XXXXXXXX"));
		}
		String mail = this.email == null ? "" : this.email.strip();
		if (!mail.isEmpty() && !SaudiIdentifiers.isEmailAddress(mail)) {
			problems.add(new FieldProblem(Variables.EMAIL, "البريد الإلكتروني غير صحيح", "The e-mail address is not valid"));
		}
		if (Arrays.stream(RequestType.values()).noneMatch(type -> type.name().equals(this.requestType))) {
			problems.add(new FieldProblem(Variables.REQUEST_TYPE, "اختر نوع الطلب", "Choose the kind of request"));
		}
		String text = this.details == null ? "" : this.details.strip();
		if (text.length() > MAX_DETAILS) {
			problems.add(new FieldProblem(Variables.DETAILS, "التفاصيل أطول من ٤٠٠٠ حرف",
					"The details are longer than 4000 characters"));
		}
		if (RequestType.CORRECTION.name().equals(this.requestType) && text.isEmpty()) {
			problems.add(new FieldProblem(Variables.DETAILS, "اذكر البيانات المطلوب تصحيحها وصوابها",
					"Say which data is wrong and what is right"));
		}
		return new Checked(new DataRequestForm(id, phone.orElse(this.mobile), mail.isEmpty() ? null : mail,
				this.requestType, text, this.declarationAccepted), problems);
	}

}
