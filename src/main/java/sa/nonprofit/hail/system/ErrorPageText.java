package sa.nonprofit.hail.system;

import org.springframework.http.HttpStatus;

/** What an error page tells a person, Arabic first with the English beside it: a title and what to do next. */
record ErrorPageText(String titleAr, String titleEn, String adviceAr, String adviceEn) {

	static ErrorPageText of(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> new ErrorPageText("الصفحة غير موجودة", "Page not found",
					"لا توجد صفحة بهذا العنوان. تأكد من العنوان أو ابدأ من الصفحة الرئيسية.",
					"There is no page at this address. Check the address or start from the home page.");
			case FORBIDDEN -> new ErrorPageText("ليست لديك صلاحية لهذه الصفحة", "You may not open this page",
					"حسابك لا يخوّلك فتح هذه الصفحة. إن كنت ترى أنك تحتاجها في عملك فاطلب الصلاحية من مدير النظام.",
					"Your account does not allow this page. If your work needs it, ask the system administrator.");
			case UNAUTHORIZED -> new ErrorPageText("يلزم تسجيل الدخول", "Sign-in required",
					"سجّل الدخول بحساب الموظف ثم أعد المحاولة.", "Sign in with your staff account and try again.");
			case METHOD_NOT_ALLOWED, BAD_REQUEST -> new ErrorPageText("تعذّر فتح الصفحة", "The page could not be opened",
					"الطلب غير صالح لهذا العنوان. ابدأ من الصفحة الرئيسية.",
					"The request does not fit this address. Start from the home page.");
			case SERVICE_UNAVAILABLE -> new ErrorPageText("الخدمة غير متاحة مؤقتاً", "Briefly unavailable",
					"تعذّر الوصول إلى بياناتنا لحظةً، ولم يُحفظ شيء من طلبك. أعد المحاولة بعد قليل.",
					"Our data could not be reached for a moment, and nothing of your request was saved. Try again shortly.");
			default -> status.is5xxServerError()
					? new ErrorPageText("حدث خطأ غير متوقع", "Something went wrong",
							"لم يكتمل طلبك بسبب خلل لدينا، وليس بسببك. حاول بعد قليل؛ وإن تكرر فتواصل مع الجمعية.",
							"Your request did not go through because of a fault on our side, not yours. Try again shortly; if it happens again, contact the association.")
					: new ErrorPageText("تعذّر تنفيذ الطلب", "The request could not be carried out",
							"ابدأ من الصفحة الرئيسية وحاول مرة أخرى.", "Start from the home page and try again.");
		};
	}

}
