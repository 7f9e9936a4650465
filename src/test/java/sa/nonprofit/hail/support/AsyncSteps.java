package sa.nonprofit.hail.support;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;

/** Where the job executor is off (tests, benchmark seeding): an instance's asynchronous steps, never its timers. */
public final class AsyncSteps {

	private AsyncSteps() {
	}

	/** Runs the instance's due messages (receipts, notices) until none is left, ten rounds at most. */
	public static void run(ProcessEngine engine, String instance) {
		ManagementService management = engine.getManagementService();
		for (int round = 0; round < 10; round++) {
			List<Job> jobs = management.createJobQuery().processInstanceId(instance).messages().withRetriesLeft().list();
			if (jobs.isEmpty()) {
				return;
			}
			for (Job job : jobs) {
				try {
					management.executeJob(job.getId());
				}
				catch (RuntimeException unsent) {
					// a notification without a configured channel is recorded, not sent
				}
			}
		}
	}

}
