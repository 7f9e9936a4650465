package sa.nonprofit.hail.system;

import java.sql.SQLException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/** When the database cannot be reached at start-up, says which URL was tried and what to check. */
class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

	/** SQLSTATE class 08: connection exception. */
	private static final String CONNECTION_EXCEPTION = "08";

	private final Environment environment;

	DatabaseUnreachableFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
		if (cause.getSQLState() == null || !cause.getSQLState().startsWith(CONNECTION_EXCEPTION)) {
			return null;
		}
		String url = this.environment.getProperty("spring.datasource.url", "(no spring.datasource.url set)");
		return new FailureAnalysis("Cannot reach the database at " + url + ": " + cause.getMessage(),
				"Check that the database server is running and reachable, and that DB_URL, DB_USER and DB_PASSWORD are right.",
				cause);
	}

}
