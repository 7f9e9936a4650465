package sa.nonprofit.hail.system;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Stops this node's job executor so that no deadline waits on it: at context close it stops acquiring, drops the
 * jobs it acquired but has not started, lets the running ones finish, then clears its lock on every job it still
 * holds, so another node takes them at its next acquisition instead of after the lock time (5 minutes). The lock
 * owner names the node (host, process id), so Cockpit's and the database's job rows show who holds what.
 * Runs before Spring's own executor shutdown, which would interrupt running jobs and keep the dropped ones locked.
 */
@Component
class JobExecutorShutdown {

	private static final Logger log = LoggerFactory.getLogger(JobExecutorShutdown.class);

	private final JobExecutor jobExecutor;

	private final JdbcTemplate jdbc;

	private final Duration wait;

	JobExecutorShutdown(ObjectProvider<JobExecutor> jobExecutor, JdbcTemplate jdbc,
			@Value("${app.jobs.shutdown-wait:PT20S}") Duration wait) {
		this.jobExecutor = jobExecutor.getIfAvailable();
		this.jdbc = jdbc;
		this.wait = wait;
		if (this.jobExecutor != null) {
			this.jobExecutor.setLockOwner(
					ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8));
		}
	}

	@EventListener(ContextClosedEvent.class)
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void handBackJobs() {
		if (this.jobExecutor == null || !this.jobExecutor.isActive()) {
			return;
		}
		// Waits for the acquisition thread to end: from here on, nothing new is locked by this node.
		this.jobExecutor.shutdown();
		ThreadPoolExecutor pool = pool();
		boolean finished = true;
		int dropped = 0;
		if (pool != null) {
			List<Runnable> notStarted = new ArrayList<>();
			pool.getQueue().drainTo(notStarted);
			dropped = notStarted.size();
			pool.shutdown();
			try {
				finished = pool.awaitTermination(this.wait.toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				finished = false;
			}
		}
		if (!finished) {
			// A job still running keeps its lock: handing it over now could run it twice.
			log.warn("Job executor: jobs still running after {}; their locks expire after the lock time", this.wait);
			return;
		}
		int released = this.jdbc.update("""
				UPDATE ACT_RU_JOB SET LOCK_OWNER_ = NULL, LOCK_EXP_TIME_ = NULL, REV_ = REV_ + 1
				WHERE LOCK_OWNER_ = ?""", this.jobExecutor.getLockOwner());
		log.info("Job executor stopped: {} batches not started, {} jobs handed back to the other nodes", dropped,
				released);
	}

	private ThreadPoolExecutor pool() {
		if (this.jobExecutor instanceof SpringJobExecutor spring
				&& spring.getTaskExecutor() instanceof ThreadPoolTaskExecutor executor) {
			return executor.getThreadPoolExecutor();
		}
		return null;
	}

}
