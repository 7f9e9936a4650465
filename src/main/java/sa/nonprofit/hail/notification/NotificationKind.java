package sa.nonprofit.hail.notification;

/**
 * Every kind of message, with its Arabic text and an English fallback. Placeholders in braces are filled from the
 * notification's values plus {@code organization} and {@code licence}.
 */
public enum NotificationKind {

	REQUEST_RECEIVED("استلمنا طلبك {reference}",
			"عزيزنا {applicantName}، شكراً لتواصلك مع {organization}. استلمنا طلبك، ورقمه {reference}؛ احتفظ به لمتابعة طلبك. سيطابق موظف علاقات المستفيدين بياناتك مع المستندات.",
			"We received your request {reference}",
			"Thank you for contacting {organization}. We received your request; its number is {reference}. Keep it to follow your request."),

	MISSING_INFORMATION("طلبك {reference}: نحتاج بيانات إضافية",
			"عزيزنا {applicantName}، نشكرك على تواصلك مع {organization}. طلبك رقم {reference} ينقصه ما يلي:\n{validationErrors}\nنرجو تزويدنا به قبل {completionDue}، وإلا أُغلق الطلب.",
			"Your request {reference}: more information needed",
			"Thank you for contacting {organization}. Your request {reference} needs more information. Please reply by {completionDueIso}, or the request will be closed."),

	CLOSED_INCOMPLETE("طلبك {reference}: أُغلق لعدم اكتماله",
			"عزيزنا {applicantName}، أُغلق طلبك رقم {reference} لدى {organization} لعدم استكمال البيانات في المدة المحددة. يسعدنا استقبال طلب جديد في أي وقت.",
			"Your request {reference} was closed as incomplete",
			"Your request {reference} at {organization} was closed because the missing information did not arrive in time. You are welcome to apply again."),

	REFERRED_TO_COMMITTEE("طلبك {reference}: أُحيل إلى لجنة البحث",
			"عزيزنا {applicantName}، أُحيل طلبك رقم {reference} إلى لجنة البحث في {organization} لدراسته، وسيصلك الرد بالقبول أو الرفض في موعد أقصاه {committeeDecisionDue}.",
			"Your request {reference} went to the research committee",
			"Your request {reference} went to the research committee of {organization}. You will hear whether it is accepted by {committeeDecisionDueIso}."),

	REQUEST_ACCEPTED("طلبك {reference}: تم القبول",
			"عزيزنا {applicantName}، يسرّنا إبلاغك بقبول طلبك رقم {reference} لدى {organization}. سيتواصل معك موظف علاقات المستفيدين لاستكمال التسجيل وتقديم الخدمة.",
			"Your request {reference} was accepted",
			"Your request {reference} at {organization} was accepted. A beneficiary relations officer will contact you to complete your registration."),

	REQUEST_REJECTED("طلبك {reference}: نتيجة الدراسة",
			"عزيزنا {applicantName}، نعتذر عن عدم قبول طلبك رقم {reference} لدى {organization}، والسبب: {decisionReason}",
			"Your request {reference} was not accepted",
			"We are sorry: your request {reference} at {organization} was not accepted. Reason: {decisionReason}"),

	SATISFACTION_SURVEY("رأيك يهمنا: {reference}",
			"عزيزنا {applicantName}، نشكرك على ثقتك بـ{organization}. يسعدنا تقييمك للخدمة المقدمة لك عبر الرابط: {surveyLink}",
			"Tell us how we did: {reference}",
			"Thank you for trusting {organization}. Please rate the service you received: {surveyLink}"),

	COMMITTEE_DEADLINE_MISSED("تنبيه: تأخر قرار لجنة البحث في الطلب {reference}",
			"لم يصدر قرار لجنة البحث في الطلب {reference} حتى موعده {committeeDecisionDue}. العمل مستمر، وسُجّل التأخير.",
			"Overdue: research committee decision on {reference}",
			"The research committee has not decided on {reference} by {committeeDecisionDueIso}. The work goes on; the delay is recorded."),

	REPORT_DEADLINE_MISSED("تنبيه: تجاوز مهلة {deadlineName} في البلاغ {reference}",
			"تجاوز البلاغ رقم {reference} مهلة {deadlineName}. العمل مستمر، وسُجّل التأخير. لا تتضمن هذه الرسالة أي بيانات عن مقدم البلاغ.",
			"Overdue: {deadlineNameEn} on report {reference}",
			"Report {reference} has passed its {deadlineNameEn} deadline. The work goes on; the delay is recorded."),

	REPORT_ACKNOWLEDGEMENT("استلمنا بلاغك {reference}",
			"استلم المراجع الداخلي في {organization} بلاغك، ورقمه {reference}. احتفظ به للتواصل بشأن البلاغ. نتعامل مع البلاغات بسرية وعدالة.",
			"We received your report {reference}",
			"The internal auditor of {organization} received your report; its number is {reference}. Keep it to contact us about the report."),

	NEW_EVIDENCE_RECEIVED("البلاغ {reference}: وردت إثباتات إضافية",
			"وردت من مقدم البلاغ رقم {reference} إثباتات إضافية، فأُعيد البلاغ إلى المراجعة الأولية. لا تتضمن هذه الرسالة أي بيانات عن مقدم البلاغ.",
			"Report {reference}: new evidence received",
			"The reporter of {reference} sent new evidence; the report is back in preliminary review."),

	REPORTER_MESSAGE_RECEIVED("البلاغ {reference}: رسالة جديدة من المبلّغ",
			"وصلت رسالة جديدة من مقدم البلاغ رقم {reference} وهو في عهدتكم الآن. اطّلع عليها في ملف البلاغ أو في مهمته في قائمة المهام. لا تتضمن هذه الرسالة نص الرسالة ولا أي بيانات عن مقدم البلاغ.",
			"Report {reference}: a new message from the reporter",
			"The reporter of {reference}, a report you now hold, sent a new message. Read it in the report's case file or its task. This e-mail carries neither the message nor anything about the reporter."),

	DATA_REQUEST_RECEIVED("استلمنا طلبك {reference} بشأن بياناتك الشخصية",
			"استلم مسؤول حماية البيانات الشخصية في {organization} طلبك ({requestTypeName})، ورقمه {reference}. سنتحقق من هويتك أولاً، ولن نكشف أي بيانات قبل ذلك. موعد الرد: {dataRequestDue}. تابع طلبك في صفحة طلبات البيانات الشخصية على موقع الجمعية برقم الطلب ورمز المتابعة.",
			"We received your personal-data request {reference}",
			"The data protection officer of {organization} received your request ({requestTypeNameEn}); its number is {reference}. We verify your identity first and disclose nothing before. Answer due by {dataRequestDueIso}. Follow it on the personal-data page of the website with the request number and tracking code."),

	DATA_REQUEST_EXTENDED("طلبك {reference}: مُدّدت مدة الرد",
			"مُدّدت مدة الرد على طلبك رقم {reference} لدى {organization} مرة واحدة، والسبب: {extensionReason}. الموعد الجديد: {dataRequestDue}.",
			"Your request {reference}: the answer takes longer",
			"The answer to your request {reference} at {organization} was extended once. Reason: {extensionReason}. New due date: {dataRequestDueIso}."),

	DATA_REQUEST_FULFILLED("طلبك {reference}: نُفّذ",
			"نُفّذ طلبك رقم {reference} ({requestTypeName}) لدى {organization}. {outcome}",
			"Your request {reference} was carried out",
			"Your request {reference} ({requestTypeNameEn}) at {organization} was carried out. {outcomeEn}"),

	DATA_REQUEST_REFUSED("طلبك {reference}: تعذّر تنفيذه",
			"نعتذر عن عدم تنفيذ طلبك رقم {reference} ({requestTypeName}) لدى {organization}، والسبب: {decisionReason}",
			"Your request {reference} could not be carried out",
			"We are sorry: your request {reference} ({requestTypeNameEn}) at {organization} was not carried out. Reason: {decisionReason}"),

	DATA_REQUEST_DEADLINE_MISSED("تنبيه: تجاوز طلب البيانات {reference} مهلة الرد",
			"بلغ طلب البيانات الشخصية رقم {reference} موعد الرد النظامي {dataRequestDue} دون إنجاز. العمل مستمر، وسُجّل التأخير. لا تتضمن هذه الرسالة أي بيانات عن مقدم الطلب.",
			"Overdue: personal-data request {reference}",
			"Personal-data request {reference} has passed its due date {dataRequestDueIso}. The work goes on; the delay is recorded."),

	BREACH_NOTICE("{organization}: إشعار بحادثة تسرب بيانات شخصية",
			"{subjectMessage}\nمرجع الإشعار: {breachNumber}",
			"{organization}: notice of a personal-data breach",
			"Notice {breachNumber}: {organization} is writing to tell you of a personal-data breach that may affect you. The message above, in Arabic, says what happened, what data, how to limit the harm and how to contact our data protection officer."),

	BREACH_AUTHORITY_NOTICE_OVERDUE("تنبيه: لم تُبلَّغ الهيئة بحادثة التسرب {reference} بعد",
			"مضت ٤٨ ساعة على علم الجمعية بحادثة تسرب البيانات الشخصية رقم {reference} ولم تُبلَّغ الهيئة السعودية للبيانات والذكاء الاصطناعي بعد. الموعد النظامي للإبلاغ: {authorityNoticeDue}. لا تتضمن هذه الرسالة أي بيانات شخصية.",
			"Overdue soon: the authority is not yet notified of breach {reference}",
			"48 hours have passed since the association became aware of personal-data breach {reference}, and the national data authority (SDAIA) has not been notified. The legal deadline: {authorityNoticeDueIso}."),

	REPORT_FEEDBACK_AVAILABLE("بلاغك {reference}: توجد إفادة جديدة",
			"توجد إفادة جديدة بشأن بلاغك رقم {reference} لدى {organization}. اطّلع عليها في صفحة المتابعة على موقع الجمعية باستخدام رقم البلاغ ورمز المتابعة.",
			"Your report {reference}: there is news",
			"There is news on your report {reference} at {organization}. Read it on the tracking page of the website with your report number and tracking code.");

	private final String subjectAr;

	private final String bodyAr;

	private final String subjectEn;

	private final String bodyEn;

	NotificationKind(String subjectAr, String bodyAr, String subjectEn, String bodyEn) {
		this.subjectAr = subjectAr;
		this.bodyAr = bodyAr;
		this.subjectEn = subjectEn;
		this.bodyEn = bodyEn;
	}

	public String subjectAr() {
		return this.subjectAr;
	}

	public String bodyAr() {
		return this.bodyAr;
	}

	public String subjectEn() {
		return this.subjectEn;
	}

	public String bodyEn() {
		return this.bodyEn;
	}

}
