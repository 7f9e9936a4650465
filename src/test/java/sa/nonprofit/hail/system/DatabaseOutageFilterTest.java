package sa.nonprofit.hail.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;

import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.TransactionSystemException;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/** A database out of reach is a 503 worth retrying, whoever wrapped the cause; any other failure is left alone. */
class DatabaseOutageFilterTest {

	private final DatabaseOutageFilter filter = new DatabaseOutageFilter(
			new DatabaseOutageAnswer(new DatabaseOutageProperties(Duration.ofSeconds(30))), null,
			new StaticListableBeanFactory().getBeanProvider(ThymeleafViewResolver.class));

	@Test
	void aPoolThatGaveUpAnswers503WithRetryAfter() throws Exception {
		MockHttpServletResponse response = run(new ServletException("Request processing failed",
				new CannotGetJdbcConnectionException("pool", new SQLTransientConnectionException("timeout"))));
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("30");
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("غير متاحة مؤقتاً")
			.contains("briefly unavailable");
	}

	@Test
	void aConnectionLostInsideTheEngineAnswers503() throws Exception {
		// What Camunda's engine throws when the server went away under an open connection: SQLSTATE 08006.
		MockHttpServletResponse response = run(new ProcessEngineException("flush failed",
				new PersistenceException(new SQLException("An I/O error occurred", "08006"))));
		assertThat(response.getStatus()).isEqualTo(503);
	}

	@Test
	void aRollbackThatFailedOnADroppedConnectionStillAnswers503() throws Exception {
		// The engine reports the failed rollback ("Connection is closed", no SQLSTATE); the I/O error lies beneath it.
		TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
				new SQLException("Connection is closed"));
		rollback.initApplicationException(new PersistenceException(new SQLException("An I/O error occurred", "08006")));
		MockHttpServletResponse response = run(new ProcessEngineException("persistence layer", rollback));
		assertThat(response.getStatus()).isEqualTo(503);
	}

	@Test
	void aCommitCutOffByTheServerWhoseRollbackFailedTooAnswers503() throws Exception {
		// Spring's transaction manager logs the failed commit (57P01) and throws only the rollback's failure on the
		// closed connection, with no SQLSTATE and no application exception: seen in DatabaseRestartIT as a 500.
		MockHttpServletResponse response = run(new ServletException("Request processing failed",
				new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"))));
		assertThat(response.getStatus()).isEqualTo(503);
	}

	@Test
	void aServerShuttingDownAnswers503() throws Exception {
		MockHttpServletResponse response = run(new ProcessEngineException("select failed",
				new SQLException("terminating connection due to administrator command", "57P01")));
		assertThat(response.getStatus()).isEqualTo(503);
	}

	@Test
	void otherFailuresAreNotDisguisedAsAnOutage() {
		assertThatThrownBy(() -> run(new IllegalStateException("a bug"))).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> run(new DataIntegrityViolationException("duplicate",
				new SQLException("duplicate key value", "23505")))).isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> run(new TransactionSystemException("commit refused",
				new IllegalStateException("a synchronization failed")))).isInstanceOf(TransactionSystemException.class);
		assertThatThrownBy(() -> run(new TransactionSystemException("Could not commit JDBC transaction",
				new SQLException("deferred constraint violated", "23505")))).isInstanceOf(TransactionSystemException.class);
	}

	private MockHttpServletResponse run(Exception failure) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		FilterChain failing = (request, answer) -> {
			if (failure instanceof ServletException servlet) {
				throw servlet;
			}
			throw (RuntimeException) failure;
		};
		this.filter.doFilter(new MockHttpServletRequest("POST", "/api/public/support-requests"), response, failing);
		return response;
	}

}
