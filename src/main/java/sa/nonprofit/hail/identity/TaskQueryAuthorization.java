package sa.nonprofit.hail.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.springframework.stereotype.Component;

/**
 * Tasklist's task query checks a staff user's authorizations task by task instead of joining them. The engine joins
 * every authorization row the user's groups hold (one or two per open task they are candidates for) to every task and
 * then removes the duplicates: at 10,000 open tasks a staff user's list and count took seconds, and the plan swung by
 * orders of magnitude with the statistics. The same rule as conditions on each task (TaskQueryAuthorization.xml): a
 * wildcard grant is looked up once, the process definitions the user may read tasks of once, and only the remaining
 * tasks are looked up by their own id, through the index on the resource id. Nobody sees more or less than before
 * ({@code TaskQueryAuthorizationTest} compares both on the same data).
 */
@Component
public class TaskQueryAuthorization extends AbstractProcessEnginePlugin {

	/**
	 * What the engine's own statements see while ours run: no authorization join, no contextual check. A new one for
	 * each statement, so that nothing can change the check every task query shares.
	 */
	public static AuthorizationCheck unchecked() {
		return new AuthorizationCheck();
	}

	static final String MAPPING = "sa/nonprofit/hail/identity/TaskQueryAuthorization.xml";

	static final String NAMESPACE = TaskQueryAuthorization.class.getName();

	static final Map<String, String> STATEMENTS = Map.of("selectTaskByQueryCriteria",
			NAMESPACE + ".selectTasksCheckedPerTask", "selectTaskCountByQueryCriteria",
			NAMESPACE + ".countTasksCheckedPerTask");

	/**
	 * Whether the rewritten check stands in for the engine's join, read as the engine's mapping reads it ({@code
	 * getShouldPerformAuthorizatioCheck}: checks on and some to make; the field behind {@code
	 * shouldPerformAuthorizatioCheck()} says something else). The engine's own statement runs where its join is not
	 * the one this mapping rewrites: with revoke checks on, or with composite checks (the task query has none).
	 */
	public static boolean appliesTo(AuthorizationCheck check) {
		return check != null && check.getShouldPerformAuthorizatioCheck() && check.getAuthUserId() != null
				&& !check.isRevokeAuthorizationCheckEnabled() && check.getPermissionChecks() != null
				&& check.getPermissionChecks().getAtomicChecks() != null
				&& !check.getPermissionChecks().getAtomicChecks().isEmpty()
				&& (check.getPermissionChecks().getCompositeChecks() == null
						|| check.getPermissionChecks().getCompositeChecks().isEmpty());
	}

	@Override
	public void postInit(ProcessEngineConfigurationImpl engine) {
		Configuration mybatis = engine.getSqlSessionFactory().getConfiguration();
		if (!mybatis.hasStatement(STATEMENTS.get("selectTaskByQueryCriteria"), false)) {
			try (InputStream mapping = TaskQueryAuthorization.class.getClassLoader().getResourceAsStream(MAPPING)) {
				new XMLMapperBuilder(mapping, mybatis, MAPPING, mybatis.getSqlFragments()).parse();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		DbSqlSessionFactory sessions = engine.getDbSqlSessionFactory();
		// The engine's map for a database is shared by every engine in the JVM: extend a copy of it.
		Map<String, String> statements = sessions.getStatementMappings() == null ? new HashMap<>()
				: new HashMap<>(sessions.getStatementMappings());
		STATEMENTS.forEach(statements::putIfAbsent);
		sessions.setStatementMappings(statements);
	}

}
