package sa.nonprofit.hail.system;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.HashSet;
import java.util.Set;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure caused by the database being out of reach for a while (stopped, restarting, failing over, its pool
 * exhausted) from any other: worth trying again later, not a fault of the request. The cause may come wrapped by Spring,
 * by Camunda's engine or MyBatis, or by the servlet container; the whole chain is read.
 */
final class DatabaseOutage {

	/** SQLSTATE class 08: connection exception. */
	private static final String CONNECTION_EXCEPTION = "08";

	/** SQLSTATE 57P01 to 57P03: the PostgreSQL server is shutting down, crashed, or not yet accepting connections. */
	private static final String OPERATOR_INTERVENTION = "57P0";

	private DatabaseOutage() {
	}

	static boolean causes(Throwable failure) {
		Set<Throwable> seen = new HashSet<>();
		for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
			if (isOutage(cause)) {
				return true;
			}
			// A rollback on a connection the server already dropped fails too, and hides the failure that caused it.
			if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
					&& seen.add(rollback.getApplicationException()) && causes(rollback.getApplicationException())) {
				return true;
			}
		}
		return false;
	}

	/** The innermost cause, by class and message, for a log line without a stack trace. */
	static String rootMessage(Throwable failure) {
		Throwable root = failure;
		Set<Throwable> seen = new HashSet<>();
		while (root.getCause() != null && seen.add(root)) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

	private static boolean isOutage(Throwable cause) {
		if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessException
				|| cause instanceof CannotCreateTransactionException) {
			return true;
		}
		if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
				|| cause instanceof SQLRecoverableException) {
			return true;
		}
		// The JDBC commit or rollback itself failed on a connection already closed under it: when both fail, Spring
		// keeps only the rollback's "Connection is closed", which carries no SQLSTATE. A refusal by the server (a
		// constraint, say) names its SQLSTATE and stays what it is.
		if (cause instanceof TransactionSystemException system && system.getCause() instanceof SQLException sql
				&& sql.getSQLState() == null) {
			return true;
		}
		return cause instanceof SQLException sql && sql.getSQLState() != null
				&& (sql.getSQLState().startsWith(CONNECTION_EXCEPTION)
						|| sql.getSQLState().startsWith(OPERATOR_INTERVENTION));
	}

}
