package sa.nonprofit.hail.beneficiary;

import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

import sa.nonprofit.hail.beneficiary.BeneficiaryProcess.Variables;

/** Open requests of the same applicant, found by national ID, so the verifying officer can decide what to do. */
@Service
class DuplicateRequests {

	private final RuntimeService runtime;

	DuplicateRequests(RuntimeService runtime) {
		this.runtime = runtime;
	}

	/** Request numbers of other open requests with this national ID. */
	List<String> openRequestsFor(String nationalId, String excludingProcessInstanceId) {
		if (nationalId == null || nationalId.isBlank()) {
			return List.of();
		}
		return this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(BeneficiaryProcess.PROCESS_ID)
			.variableValueEquals(Variables.NATIONAL_ID, nationalId)
			.list()
			.stream()
			.filter(instance -> !instance.getId().equals(excludingProcessInstanceId))
			.map(ProcessInstance::getBusinessKey)
			.sorted()
			.toList();
	}

}
