package sa.nonprofit.hail.privacy;

import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs SQL on the engine's tables after the engine has written what the current command holds. Inside a command (a
 * service task of the data request calls the erasure) the engine flushes its own inserts and updates only when the
 * command ends; rewriting those rows before that would fight the engine. Just before the commit, in the same
 * transaction, nothing is pending any more. Outside a command the work runs at once.
 */
final class AfterEngineFlush {

	private AfterEngineFlush() {
	}

	static void run(Runnable work) {
		if (Context.getCommandContext() != null && TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void beforeCommit(boolean readOnly) {
					work.run();
				}
			});
		}
		else {
			work.run();
		}
	}

}
