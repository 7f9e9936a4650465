package sa.nonprofit.hail.system;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Year;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Case numbers (DESIGN.md, Numbers), given by the application only and once. Sequential ones like
 * {@code BR-2026-000123}, per prefix and year, unique under concurrency and across nodes: each is taken in a short
 * transaction of its own, so a rolled-back start leaves a gap, never a duplicate. Unguessable ones like
 * {@code WB-2026-7KQ2M9XC} (seven random Crockford base32 characters and a check character), so that no gap in a
 * sequence tells anyone that a report exists; each is recorded once.
 * <p>
 * A process instance takes its number in its start listener. A number brought by whoever starts it (a business key
 * over REST or from Tasklist) is refused, unless the application itself issued it for this very start through
 * {@link #startNumbered}.
 */
@Service
public class CaseNumbers {

	static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	static final int RANDOM_CHARACTERS = 7;

	private static final SecureRandom RANDOM = new SecureRandom();

	/** The number the application is starting a case with on this thread, if any. */
	private static final ThreadLocal<String> ISSUED = new ThreadLocal<>();

	private final JdbcTemplate jdbc;

	private final TransactionTemplate newTransaction;

	private final Clock clock;

	CaseNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Issues {@code number} for one start the application makes itself (the portal), and runs that start. */
	public <T> T startNumbered(String number, Function<String, T> start) {
		ISSUED.set(number);
		try {
			return start.apply(number);
		}
		finally {
			ISSUED.remove();
		}
	}

	/** Start listener: a sequential number. BPMN: {@code ${caseNumbers.assign(execution, 'BR', 'requestNumber')}}. */
	public void assign(DelegateExecution execution, String prefix, String variable) {
		assign(execution, variable, () -> next(prefix));
	}

	/** Start listener: an unguessable number. BPMN: {@code ${caseNumbers.assignUnguessable(execution, 'WB', ...)}}. */
	public void assignUnguessable(DelegateExecution execution, String prefix, String variable) {
		assign(execution, variable, () -> nextUnguessable(prefix));
	}

	private void assign(DelegateExecution execution, String variable, java.util.function.Supplier<String> issue) {
		String number = execution.getProcessBusinessKey();
		if (number == null || number.isBlank()) {
			number = issue.get();
			execution.setProcessBusinessKey(number);
		}
		else if (!number.equals(ISSUED.get())) {
			throw Refusal.invalid("رقم الطلب أو البلاغ يعطيه النظام وحده، مرة واحدة",
					"Request and report numbers are given by the application only, once");
		}
		execution.setVariable(variable, number);
	}

	public String next(String prefix) {
		int year = currentYear();
		return "%s-%d-%06d".formatted(prefix, year, take(prefix, year));
	}

	/** A random number, recorded so that it is never given twice. */
	public String nextUnguessable(String prefix) {
		for (int attempt = 0; attempt < 5; attempt++) {
			String number = "%s-%d-%s".formatted(prefix, currentYear(), randomCode());
			try {
				this.newTransaction.executeWithoutResult(status -> this.jdbc.update(
						"INSERT INTO app_issued_number (case_number, issued_at) VALUES (?, ?)", number,
						new Timestamp(ClockUtil.getCurrentTime().getTime())));
				return number;
			}
			catch (DuplicateKeyException drawnBefore) {
				// one in 34 billion a year: draw again
			}
		}
		throw new IllegalStateException("Could not draw a new number for " + prefix);
	}

	static String randomCode() {
		StringBuilder code = new StringBuilder(RANDOM_CHARACTERS + 1);
		for (int i = 0; i < RANDOM_CHARACTERS; i++) {
			code.append(CROCKFORD.charAt(RANDOM.nextInt(CROCKFORD.length())));
		}
		return code.append(checkCharacter(code)).toString();
	}

	/**
	 * A weighted sum modulo 31, written as a base32 character: catches every single wrong character and every swap of
	 * two neighbours, so a mistyped number is told apart from a report that does not exist before any lookup.
	 */
	static char checkCharacter(CharSequence code) {
		int sum = 0;
		for (int i = 0; i < code.length(); i++) {
			sum += (i + 1) * CROCKFORD.indexOf(code.charAt(i));
		}
		return CROCKFORD.charAt(sum % 31);
	}

	/** Whether a number of the unguessable form has a correct check character. */
	public static boolean hasValidCheck(String number) {
		int dash = number.lastIndexOf('-');
		String code = number.substring(dash + 1);
		if (dash < 0 || code.length() != RANDOM_CHARACTERS + 1
				|| code.chars().anyMatch(c -> CROCKFORD.indexOf(c) < 0)) {
			return false;
		}
		return checkCharacter(code.substring(0, RANDOM_CHARACTERS)) == code.charAt(RANDOM_CHARACTERS);
	}

	/** The year on the engine's clock (a number is taken inside process execution), in the application's zone. */
	private int currentYear() {
		return Year.from(ClockUtil.getCurrentTime().toInstant().atZone(this.clock.getZone())).getValue();
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
