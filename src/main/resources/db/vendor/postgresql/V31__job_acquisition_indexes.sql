-- The job executor's acquisition query (Camunda's Job.xml, selectNextJobsToExecute) with
-- job-executor-acquire-by-due-date runs on every node every few seconds:
--   WHERE RETRIES_ > 0 AND (DUEDATE_ IS NULL OR DUEDATE_ <= now) AND (LOCK_OWNER_ IS NULL OR LOCK_EXP_TIME_ < now)
--     AND SUSPENSION_STATE_ = 1 AND (exclusive: no other locked exclusive job of the instance) ORDER BY DUEDATE_ LIMIT n
-- Camunda indexes no column of it but PROCESS_INSTANCE_ID_ (the exclusive check). With this index PostgreSQL walks the
-- runnable jobs in due-date order and stops after n, instead of sorting every job row (tens of thousands of
-- deadlines waiting days ahead) at every round. Jobs out of retries (incidents) and suspended ones stay out of it.
CREATE INDEX app_idx_job_acquisition ON act_ru_job (duedate_) WHERE retries_ > 0 AND suspension_state_ = 1;

-- The jobs a node holds: what a graceful stop hands back (LOCK_OWNER_ = the node) and what operators watch.
CREATE INDEX app_idx_job_lock_owner ON act_ru_job (lock_owner_) WHERE lock_owner_ IS NOT NULL;
