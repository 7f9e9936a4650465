-- Indexes for the KPI queries on Camunda's history tables (Camunda creates the tables; Flyway runs after it).
-- Deadlines: task instances by task definition and start time.
CREATE INDEX IF NOT EXISTS app_idx_hi_task_def_start ON ACT_HI_TASKINST (TASK_DEF_KEY_, START_TIME_);
-- Counts per process and period.
CREATE INDEX IF NOT EXISTS app_idx_hi_proc_key_start ON ACT_HI_PROCINST (PROC_DEF_KEY_, START_TIME_);
-- Channel and satisfaction: one variable by name for many instances.
CREATE INDEX IF NOT EXISTS app_idx_hi_var_name_proc ON ACT_HI_VARINST (NAME_, PROC_INST_ID_);
