package sa.nonprofit.hail.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;

/**
 * The work of one job in the fault tests, loaded into the nodes from outside the jar: it takes a while (so that a
 * node holds jobs when it stops) and writes one marker row in the job's own transaction, naming the node.
 */
public class MarkJob implements JavaDelegate {

	@Override
	public void execute(DelegateExecution execution) throws Exception {
		Thread.sleep(((Number) execution.getVariable("workMillis")).longValue());
		DataSource dataSource = Context.getProcessEngineConfiguration().getDataSource();
		try (Connection connection = dataSource.getConnection();
				PreparedStatement insert = connection
					.prepareStatement("INSERT INTO fault_marker (instance_id, batch, node) VALUES (?, ?, ?)")) {
			insert.setString(1, execution.getProcessInstanceId());
			insert.setString(2, (String) execution.getVariable("batch"));
			insert.setLong(3, ProcessHandle.current().pid());
			insert.executeUpdate();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
