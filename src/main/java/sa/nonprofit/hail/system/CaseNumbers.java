package sa.nonprofit.hail.system;

import java.time.Year;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import sa.nonprofit.hail.AssociationApplication;

/**
 * Numbers like {@code BR-2026-000123}: per prefix and year, unique under concurrency and across nodes. Each number is
 * taken in a short transaction of its own, so a long process transaction does not hold the counter's row lock; a
 * rolled-back start leaves a gap, never a duplicate.
 */
@Service
public class CaseNumbers {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate newTransaction;

	CaseNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * For a start listener: keeps the business key the caller gave (the portal numbers its submissions itself), or
	 * takes the next number for a start from Tasklist, and stores it in {@code variable} too.
	 * BPMN: {@code ${caseNumbers.assign(execution, 'BR', 'requestNumber')}}.
	 */
	public void assign(DelegateExecution execution, String prefix, String variable) {
		String number = execution.getProcessBusinessKey();
		if (number == null || number.isBlank()) {
			number = next(prefix);
			execution.setProcessBusinessKey(number);
		}
		execution.setVariable(variable, number);
	}

	public String next(String prefix) {
		int year = Year.from(ClockUtil.getCurrentTime().toInstant().atZone(AssociationApplication.ZONE)).getValue();
		return "%s-%d-%06d".formatted(prefix, year, take(prefix, year));
	}

	private int take(String prefix, int year) {
		for (int attempt = 0; attempt < 3; attempt++) {
			try {
				// A failed insert aborts a PostgreSQL transaction, so each attempt gets a transaction of its own.
				return this.newTransaction.execute(status -> incrementOrStart(prefix, year));
			}
			catch (DuplicateKeyException anotherCallerStartedTheYear) {
				// the row exists now: the next attempt increments it
			}
		}
		throw new IllegalStateException("Could not take a number for " + prefix + "-" + year);
	}

	private int incrementOrStart(String prefix, int year) {
		int updated = this.jdbc.update(
				"UPDATE app_case_counter SET last_value = last_value + 1 WHERE prefix = ? AND year_value = ?", prefix,
				year);
		if (updated == 0) {
			this.jdbc.update("INSERT INTO app_case_counter (prefix, year_value, last_value) VALUES (?, ?, 1)", prefix,
					year);
			return 1;
		}
		return this.jdbc.queryForObject("SELECT last_value FROM app_case_counter WHERE prefix = ? AND year_value = ?",
				Integer.class, prefix, year);
	}

}
