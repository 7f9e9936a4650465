package sa.nonprofit.hail.identity;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import sa.nonprofit.hail.identity.EngineCall.Door;
import sa.nonprofit.hail.system.ProblemResponses;

/**
 * The one gate every staff request to the engine passes, through the REST API or the webapps. The engine's
 * authorizations say whose data a user may touch; this gate says which operations staff may use at all:
 * <ul>
 * <li>reads, except aggregates across instances a user may not see (statistics, metrics, reports, Cockpit's plugin
 * API), which are for the administrator and the system operators;</li>
 * <li>of the writes, only the work of Tasklist: queries, claiming, completing with exactly the fields of the task's
 * form, assigning within the task's groups, comments, starting a process from its start form — never with a business
 * key of one's own, start instructions or skipped listeners;</li>
 * <li>for nobody: cancelling, deleting or moving a case, deleting its history or setting its removal time;</li>
 * <li>messages and signals for nobody (only the application correlates them); deployment over REST only where the
 * configuration allows it, and only for the administrator; the setup page closed in every profile.</li>
 * </ul>
 * The administrator, the engine's superuser, passes the rest: a break-glass account whose every call is recorded.
 */
class EngineGateway extends OncePerRequestFilter {

	private static final int MAX_CHECKED_BODY = 1_048_576;

	/** Value types staff may submit; the engine would deserialize anything else (objects, files) from the request. */
	private static final Set<String> PLAIN_TYPES = Set.of("string", "boolean", "integer", "long", "short", "double",
			"date", "json", "null");

	private static final Set<String> HISTORY_QUERIES = Set.of("activity-instance", "detail", "identity-link-log",
			"incident", "job-log", "process-instance", "task", "variable-instance", "user-operation",
			"external-task-log", "decision-instance");

	private final ObjectMapper json = new ObjectMapper();

	private final ProcessEngine engine;

	private final FormCatalog forms;

	private final StaffSecurityProperties settings;

	private final BreakGlassLog breakGlass;

	EngineGateway(ProcessEngine engine, FormCatalog forms, StaffSecurityProperties settings, BreakGlassLog breakGlass) {
		this.engine = engine;
		this.forms = forms;
		this.settings = settings;
		this.breakGlass = breakGlass;
	}

	/** Why a request is refused: status and the reason in Arabic and English. */
	private record Refusal(HttpStatus status, String arabic, String english) {
	}

	private static final Refusal NOT_FOR_STAFF = new Refusal(HttpStatus.FORBIDDEN, "هذا الطلب غير متاح لحسابك",
			"This request is not open to your account");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		EngineCall call = EngineCall.of(request);
		if (call == null) {
			chain.doFilter(request, response);
			return;
		}
		Refusal closed = closedForEveryone(call);
		if (closed != null) {
			refuse(response, closed);
			return;
		}
		StaffCaller caller = StaffCaller.of(request, this.engine.getIdentityService(), this.engine.getName());
		if (caller == null || call.door() == Door.OTHER_WEBAPP || isSignIn(call)) {
			chain.doFilter(request, response);
			return;
		}
		if (caller.isAdministrator()) {
			byte[] body = call.isRead() ? new byte[0] : CachedBodyRequest.read(request, MAX_CHECKED_BODY);
			if (savesAnExpression(call, body)) {
				refuse(response, new Refusal(HttpStatus.BAD_REQUEST, "المرشّح استعلام فقط، لا تعبيرات فيه",
						"A filter is a query only, with no expressions"));
				return;
			}
			this.breakGlass.record(caller.userId(), BreakGlassLog.Action.ENGINE_CALL, call.method(),
					BreakGlassLog.target(request, body));
			chain.doFilter(call.isRead() ? request : new CachedBodyRequest(request, body), response);
			return;
		}
		if (caller.isOperator()) {
			request = withoutVariableFilters(request, response);
			if (request == null) {
				return;
			}
		}
		if (call.door() != Door.ENGINE) {
			boolean cockpitReader = caller.isOperator() && (call.door() == Door.COCKPIT || call.isRead());
			if (cockpitReader) {
				chain.doFilter(request, response);
			}
			else {
				refuse(response, NOT_FOR_STAFF);
			}
			return;
		}
		if (isAggregate(call)) {
			if (caller.isOperator()) {
				chain.doFilter(request, response);
			}
			else {
				refuse(response, NOT_FOR_STAFF);
			}
			return;
		}
		if (call.isRead() || isQuery(call) || isPlainTaskWork(call) || isOwnAccount(call, caller)) {
			chain.doFilter(request, response);
			return;
		}
		if (call.matches("POST", "/task/[^/]+/claim")) {
			checkBody(request, response, chain, body -> claim(caller, body));
			return;
		}
		if (caller.isOperator() && isRetry(call)) {
			checkBody(request, response, chain, EngineGateway::retry);
			return;
		}
		if (call.matches("POST", "/task/[^/]+/(complete|submit-form|resolve)")) {
			checkBody(request, response, chain, body -> completion(caller, call.segments().get(1), body));
			return;
		}
		if (call.matches("POST", "/task/[^/]+/(assignee|delegate)")) {
			checkBody(request, response, chain, body -> assignment(caller, call.segments().get(1), body));
			return;
		}
		if (call.matches("POST", "/process-definition/(key/[^/]+(/tenant-id/[^/]+)?|[^/]+)/(start|submit-form)")) {
			checkBody(request, response, chain, body -> start(call, body));
			return;
		}
		refuse(response, NOT_FOR_STAFF);
	}

	/** Query parameters and body members that filter instances by the values of their variables. */
	private static final Set<String> VARIABLE_FILTERS = Set.of("variables", "processVariables", "taskVariables",
			"caseInstanceVariables", "variableNamesIgnoreCase", "variableValuesIgnoreCase");

	/**
	 * The operators see every instance but no variable: a query filtering instances by a variable's value would tell
	 * them the value one guess at a time. Refused, in the query string and in a JSON body alike.
	 * @return the request to go on with (its body kept for the engine), or null when refused
	 */
	private HttpServletRequest withoutVariableFilters(HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		Refusal refusal = new Refusal(HttpStatus.FORBIDDEN, "لا يبحث مشغلو النظام بقيم المتغيرات",
				"System operators do not search by the values of variables");
		if (request.getParameterMap().keySet().stream().anyMatch(VARIABLE_FILTERS::contains)) {
			refuse(response, refusal);
			return null;
		}
		if (!"POST".equals(request.getMethod())) {
			return request;
		}
		byte[] body;
		try {
			body = CachedBodyRequest.read(request, MAX_CHECKED_BODY);
		}
		catch (IOException tooLarge) {
			refuse(response, refusal);
			return null;
		}
		if (body.length > 0) {
			try {
				JsonNode json = this.json.readTree(body);
				if (json != null && VARIABLE_FILTERS.stream().anyMatch(key -> !json.findValues(key).isEmpty())) {
					refuse(response, refusal);
					return null;
				}
			}
			catch (IOException notJson) {
				// the engine answers for a body it cannot read
			}
		}
		return new CachedBodyRequest(request, body);
	}

	/** Closed whoever asks: messages, signals, conditions, the setup page and (where configured) deployment. */
	private Refusal closedForEveryone(EngineCall call) {
		if (call.door() == Door.ADMIN && call.path().startsWith("/setup")) {
			return new Refusal(HttpStatus.FORBIDDEN, "صفحة الإعداد الأولي مغلقة: يُنشأ مدير النظام من متغيرات البيئة",
					"The setup page is closed: the administrator comes from the environment only");
		}
		if (call.door() == Door.ENGINE && call.path().matches("/(message|signal|condition)(/.*)?")) {
			return new Refusal(HttpStatus.FORBIDDEN, "الرسائل والإشارات يرسلها النظام وحده",
					"Only the application sends messages and signals");
		}
		if (call.door() == Door.ENGINE && buriesACase(call)) {
			return new Refusal(HttpStatus.FORBIDDEN,
					"لا تُلغى الحالات ولا تُحذف ولا تُنقل خطواتها: تنتهي بإجرائها وتُتلف عند انتهاء مدة حفظها",
					"Cases are not cancelled, deleted or moved: they end by their process and are purged when their"
							+ " retention ends");
		}
		boolean deployment = call.door() == Door.ENGINE && !call.isRead() && call.path().startsWith("/deployment");
		if (deployment && !this.settings.restDeployment()) {
			return new Refusal(HttpStatus.FORBIDDEN, "تُنشر الإجراءات من التطبيق وحده",
					"Processes are deployed from the application only");
		}
		return null;
	}

	/**
	 * The calls that would end a case outside its process or take it out of the record: cancelling or deleting
	 * instances (one, by query or in batches), deleting their history or its variables, setting a removal time, moving
	 * a token past a step, and deleting a deployment or definition with its instances. Refused for everyone, the
	 * administrator too: a report or a breach must survive whoever holds the break-glass password.
	 */
	private static boolean buriesACase(EngineCall call) {
		String path = call.path();
		if (call.method().equals("DELETE")) {
			return path.matches("/process-instance/[^/]+") || path.startsWith("/history/")
					|| path.matches("/(deployment|process-definition)/.+");
		}
		return call.method().equals("POST") && (path.matches("/process-instance/delete(-historic-query-based)?")
				|| path.matches("/history/process-instance/(delete|set-removal-time)")
				|| path.matches("/process-instance/[^/]+/modification(-async)?")
				|| path.matches("/modification/execute(Async)?"));
	}

	/**
	 * A saved filter whose query holds an expression ({@code candidateGroupExpression}, ...): the engine would evaluate
	 * it, with every bean in reach, each time anyone opens the filter. The engine refuses to evaluate them too
	 * ({@code enable-expressions-in-stored-queries: false}); this answers the administrator at once.
	 */
	private boolean savesAnExpression(EngineCall call, byte[] body) {
		boolean savesFilter = call.matches("POST", "/filter/create") || call.matches("PUT", "/filter/[^/]+");
		if (!savesFilter || body.length == 0) {
			return false;
		}
		try {
			return hasExpression(this.json.readTree(body));
		}
		catch (IOException unreadable) {
			return false; // the engine refuses what it cannot read
		}
	}

	private static boolean hasExpression(JsonNode node) {
		for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
			Map.Entry<String, JsonNode> field = it.next();
			if (field.getKey().endsWith("Expression") || field.getKey().endsWith("Expressions")
					|| hasExpression(field.getValue())) {
				return true;
			}
		}
		for (JsonNode element : node.isArray() ? node : List.<JsonNode>of()) {
			if (hasExpression(element)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isSignIn(EngineCall call) {
		return call.door() == Door.ADMIN && call.path().startsWith("/auth");
	}

	/** Figures across all instances, which the engine counts without asking who may see each instance. */
	private static boolean isAggregate(EngineCall call) {
		return call.segments().stream().anyMatch(s -> s.equals("statistics") || s.endsWith("report"))
				|| call.path().matches("/(metrics|telemetry|schema|history/cleanup)(/.*)?");
	}

	private static boolean isQuery(EngineCall call) {
		if (!call.method().equals("POST")) {
			return false;
		}
		List<String> s = call.segments();
		if (call.path().matches("/(task|process-instance|execution|variable-instance|job|incident)(/count)?")
				|| call.path().matches("/filter/[^/]+/(list|count|singleResult)")) {
			return true;
		}
		return s.size() >= 2 && s.get(0).equals("history") && HISTORY_QUERIES.contains(s.get(1))
				&& (s.size() == 2 || (s.size() == 3 && s.get(2).equals("count")));
	}

	private static boolean isPlainTaskWork(EngineCall call) {
		return call.matches("POST", "/task/[^/]+/(unclaim|comment/create)");
	}

	private static boolean isOwnAccount(EngineCall call, StaffCaller caller) {
		return call.method().equals("PUT") && call.path().matches("/user/[^/]+/(credentials|profile)")
				&& call.segments().get(1).equals(caller.userId());
	}

	private static boolean isRetry(EngineCall call) {
		return call.matches("PUT", "/(job|job-definition|external-task)/[^/]+/retries")
				|| call.matches("POST", "/job/retries");
	}

	/** Checks a JSON body, then lets the request on with the body as checked (read-only fields removed). */
	private interface BodyCheck {

		Refusal check(ObjectNode body);

	}

	private void checkBody(HttpServletRequest request, HttpServletResponse response, FilterChain chain, BodyCheck check)
			throws IOException, ServletException {
		ObjectNode body;
		try {
			byte[] bytes = CachedBodyRequest.read(request, MAX_CHECKED_BODY);
			JsonNode parsed = bytes.length == 0 ? this.json.createObjectNode() : this.json.readTree(bytes);
			if (!(parsed instanceof ObjectNode object)) {
				throw new IOException("not a JSON object");
			}
			body = object;
		}
		catch (IOException unreadable) {
			refuse(response, new Refusal(HttpStatus.BAD_REQUEST, "تعذّرت قراءة الطلب: أرسل كائن JSON صحيحًا",
					"The request could not be read: send a valid JSON object"));
			return;
		}
		Refusal refusal = check.check(body);
		if (refusal != null) {
			refuse(response, refusal);
			return;
		}
		chain.doFilter(new CachedBodyRequest(request, this.json.writeValueAsBytes(body)), response);
	}

	/**
	 * Staff claim a task for themselves only. Claiming it for someone else would hand that person the task, and with
	 * it lasting read rights on the whole report (the engine keeps the assignee's task authorizations).
	 */
	private static Refusal claim(StaffCaller caller, ObjectNode body) {
		return caller.userId().equals(body.path("userId").asText(null)) ? null
				: new Refusal(HttpStatus.BAD_REQUEST, "تُستلم المهمة لنفسك فقط", "You claim a task for yourself only");
	}

	/**
	 * Operators retry failed jobs, and nothing more: zero retries, or a new due date sent along, would stop or move a
	 * deadline's timer without a trace.
	 */
	private static Refusal retry(ObjectNode body) {
		boolean onlyRetries = body.size() == 1 && body.path("retries").isIntegralNumber()
				&& body.path("retries").canConvertToInt() && body.path("retries").asInt() >= 1;
		return onlyRetries ? null : new Refusal(HttpStatus.BAD_REQUEST,
				"أرسل عدد المحاولات وحده، ١ أو أكثر", "Send the number of retries alone, 1 or more");
	}

	/** A completion sets exactly the editable fields of the task's form; what the form only shows is dropped. */
	private Refusal completion(StaffCaller caller, String taskId, ObjectNode body) {
		Task task = asCaller(caller, () -> this.engine.getTaskService().createTaskQuery().taskId(taskId).singleResult());
		if (task == null) {
			return null; // not the caller's to see: the engine answers as for any unknown task
		}
		return variables(body, this.forms.fields(task.getProcessDefinitionId(), task.getTaskDefinitionKey()),
				"نموذج هذه المهمة", "this task's form");
	}

	private Refusal start(EngineCall call, ObjectNode body) {
		if (hasValue(body.get("businessKey"))) {
			return new Refusal(HttpStatus.BAD_REQUEST, "رقم الطلب أو البلاغ يعطيه النظام وحده، مرة واحدة",
					"Request and report numbers are given by the application only, once");
		}
		if (hasValue(body.get("startInstructions")) || body.path("skipCustomListeners").asBoolean(false)
				|| body.path("skipIoMappings").asBoolean(false) || hasValue(body.get("caseInstanceId"))) {
			return new Refusal(HttpStatus.BAD_REQUEST, "يبدأ الإجراء من بدايته فقط، بكل خطواته",
					"A process starts at its start only, with every step");
		}
		List<String> s = call.segments();
		boolean byKey = s.get(1).equals("key");
		ProcessDefinition definition = this.forms.definition(byKey ? null : s.get(1), byKey ? s.get(2) : null)
			.orElse(null);
		if (definition == null) {
			return null; // the engine answers for an unknown definition
		}
		return variables(body, this.forms.startFields(definition.getId()), "نموذج بدء هذا الإجراء",
				"this process's start form");
	}

	private Refusal variables(ObjectNode body, FormCatalog.FormFields fields, String formAr, String formEn) {
		JsonNode variables = body.get("variables");
		if (variables == null || variables.isNull()) {
			return null;
		}
		if (!(variables instanceof ObjectNode submitted)) {
			return new Refusal(HttpStatus.BAD_REQUEST, "صيغة المتغيرات غير صحيحة", "The variables are malformed");
		}
		List<String> foreign = new ArrayList<>();
		for (Iterator<Map.Entry<String, JsonNode>> it = submitted.fields(); it.hasNext();) {
			Map.Entry<String, JsonNode> variable = it.next();
			if (!fields.shows(variable.getKey())) {
				foreign.add(variable.getKey());
			}
			else if (fields.readOnly().contains(variable.getKey())) {
				it.remove();
			}
			else if (!PLAIN_TYPES.contains(variable.getValue().path("type").asText("string").toLowerCase())) {
				return new Refusal(HttpStatus.BAD_REQUEST, "نوع القيمة غير مقبول في الحقل " + variable.getKey(),
						"The value type is not accepted for the field " + variable.getKey());
			}
		}
		if (!foreign.isEmpty()) {
			String names = String.join("، ", foreign.stream().sorted().toList());
			return new Refusal(HttpStatus.BAD_REQUEST, "هذه الحقول ليست في " + formAr + ": " + names,
					"These fields are not on " + formEn + ": " + String.join(", ", foreign.stream().sorted().toList()));
		}
		return null;
	}

	/** Work is handed only to the caller, to nobody, or to a member of one of the task's candidate groups. */
	private Refusal assignment(StaffCaller caller, String taskId, ObjectNode body) {
		TaskService tasks = this.engine.getTaskService();
		Task task = asCaller(caller, () -> tasks.createTaskQuery().taskId(taskId).singleResult());
		String assignee = body.path("userId").isTextual() ? body.path("userId").asText() : null;
		if (task == null || assignee == null || assignee.equals(caller.userId())) {
			return null;
		}
		List<String> groups = asCaller(null, () -> tasks.getIdentityLinksForTask(taskId))
			.stream()
			.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
			.map(IdentityLink::getGroupId)
			.toList();
		IdentityService identity = this.engine.getIdentityService();
		boolean member = groups.stream()
			.anyMatch(group -> identity.createUserQuery().userId(assignee).memberOfGroup(group).count() > 0);
		return member ? null : new Refusal(HttpStatus.BAD_REQUEST,
				"تُسند المهمة إلى عضو في المجموعة المكلفة بها فقط", "A task goes only to a member of its own group");
	}

	/** Runs engine queries with the caller's authorizations (or none for null), restoring what was set before. */
	private <T> T asCaller(StaffCaller caller, java.util.function.Supplier<T> query) {
		IdentityService identity = this.engine.getIdentityService();
		Authentication before = identity.getCurrentAuthentication();
		try {
			if (caller == null) {
				identity.clearAuthentication();
			}
			else {
				identity.setAuthentication(caller.userId(), caller.groups());
			}
			return query.get();
		}
		finally {
			if (before == null) {
				identity.clearAuthentication();
			}
			else {
				identity.setAuthentication(before);
			}
		}
	}

	private static boolean hasValue(JsonNode node) {
		return node != null && !node.isNull() && !(node.isTextual() && node.asText().isEmpty())
				&& !(node.isContainerNode() && node.isEmpty());
	}

	private static void refuse(HttpServletResponse response, Refusal refusal) throws IOException {
		ProblemResponses.write(response, refusal.status(), refusal.arabic(), refusal.english());
	}

}
