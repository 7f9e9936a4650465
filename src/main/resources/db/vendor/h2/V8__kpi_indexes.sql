-- Indexes for the KPI queries on Camunda's history tables (Camunda creates the tables; Flyway runs after it).
CREATE INDEX IF NOT EXISTS app_idx_hi_task_def_start ON ACT_HI_TASKINST (TASK_DEF_KEY_, START_TIME_);
CREATE INDEX IF NOT EXISTS app_idx_hi_proc_key_start ON ACT_HI_PROCINST (PROC_DEF_KEY_, START_TIME_);
CREATE INDEX IF NOT EXISTS app_idx_hi_var_name_created ON ACT_HI_VARINST (NAME_, PROC_DEF_KEY_, CREATE_TIME_);
