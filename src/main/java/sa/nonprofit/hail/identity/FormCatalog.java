package sa.nonprofit.hail.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * The fields each deployed Camunda Form lets staff fill in, per process definition and element, read from the very
 * forms Tasklist shows: the rule "a task sets only its form's fields" cannot drift from the forms. Read-only fields are
 * shown, never set. Computed once per deployed definition, without anyone's authorizations.
 */
@Component
class FormCatalog {

	/** What one form lets staff set, and what it only shows. */
	record FormFields(Set<String> editable, Set<String> readOnly) {

		static final FormFields NONE = new FormFields(Set.of(), Set.of());

		boolean shows(String key) {
			return this.editable.contains(key) || this.readOnly.contains(key);
		}

	}

	/** The key of a definition's start form among its elements' forms (no BPMN id starts with '#'). */
	private static final String START = "#start";

	private final ObjectMapper json = new ObjectMapper();

	private final RepositoryService repository;

	private final ProcessEngineConfigurationImpl configuration;

	private final Map<String, Map<String, FormFields>> byDefinition = new ConcurrentHashMap<>();

	FormCatalog(RepositoryService repository, ProcessEngineConfigurationImpl configuration) {
		this.repository = repository;
		this.configuration = configuration;
	}

	/** The fields of the form on {@code elementId} (a user task or the start event) of the definition. */
	FormFields fields(String processDefinitionId, String elementId) {
		return this.byDefinition.computeIfAbsent(processDefinitionId, this::read).getOrDefault(elementId, FormFields.NONE);
	}

	/** The start event's form of a definition. */
	FormFields startFields(String processDefinitionId) {
		return fields(processDefinitionId, START);
	}

	/** The latest definition of a key, or one by id; found without the caller's authorizations. */
	Optional<ProcessDefinition> definition(String id, String key) {
		return withoutAuthorization(() -> {
			var query = this.repository.createProcessDefinitionQuery();
			return Optional.ofNullable(id != null ? query.processDefinitionId(id).singleResult()
					: query.processDefinitionKey(key).latestVersion().withoutTenantId().singleResult());
		});
	}

	private Map<String, FormFields> read(String processDefinitionId) {
		return withoutAuthorization(() -> {
			ProcessDefinition definition = this.repository.getProcessDefinition(processDefinitionId);
			Map<String, JsonNode> forms = new HashMap<>();
			for (Resource resource : this.repository.getDeploymentResources(definition.getDeploymentId())) {
				if (resource.getName().endsWith(".form")) {
					JsonNode form = parse(definition.getDeploymentId(), resource.getName());
					forms.put(form.path("id").asText(), form);
				}
			}
			BpmnModelInstance model = this.repository.getBpmnModelInstance(processDefinitionId);
			Map<String, FormFields> fields = new HashMap<>();
			for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
				if (start.getCamundaFormRef() != null) {
					fields.put(START, fieldsOf(forms.get(start.getCamundaFormRef())));
				}
			}
			for (UserTask task : model.getModelElementsByType(UserTask.class)) {
				fields.put(task.getId(), fieldsOf(forms.get(task.getCamundaFormRef())));
			}
			return Map.copyOf(fields);
		});
	}

	private JsonNode parse(String deploymentId, String resourceName) {
		try (InputStream in = this.repository.getResourceAsStream(deploymentId, resourceName)) {
			return this.json.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static FormFields fieldsOf(JsonNode form) {
		Set<String> editable = new HashSet<>();
		Set<String> readOnly = new HashSet<>();
		if (form != null) {
			collect(form.path("components"), editable, readOnly);
		}
		return new FormFields(Set.copyOf(editable), Set.copyOf(readOnly));
	}

	private static void collect(JsonNode components, Set<String> editable, Set<String> readOnly) {
		for (JsonNode component : components) {
			String key = component.path("key").asText("");
			if (!key.isEmpty()) {
				// An expression ("=...") may make a field read-only: take it as read-only, the safe reading.
				boolean shownOnly = isSet(component.get("readonly")) || isSet(component.get("disabled"));
				(shownOnly ? readOnly : editable).add(key);
			}
			collect(component.path("components"), editable, readOnly);
		}
	}

	private static boolean isSet(JsonNode flag) {
		return flag != null && (flag.asBoolean(false) || (flag.isTextual() && !flag.asText().isBlank()));
	}

	private <T> T withoutAuthorization(java.util.function.Supplier<T> work) {
		return this.configuration.getCommandExecutorTxRequired().execute(context -> {
			context.disableAuthorizationCheck();
			try {
				return work.get();
			}
			finally {
				context.enableAuthorizationCheck();
			}
		});
	}

}
