-- Indexes for the KPI queries on Camunda's history tables (Camunda creates the tables; Flyway runs after it).
-- Each covers its query, so the figures come from index-only scans of the period asked for.
-- Deadlines: task instances by task definition and start, with end, due date and duration.
CREATE INDEX IF NOT EXISTS app_idx_hi_task_def_start ON act_hi_taskinst (task_def_key_, start_time_)
    INCLUDE (end_time_, due_date_, duration_);
-- Started, open and finished instances per process and period.
CREATE INDEX IF NOT EXISTS app_idx_hi_proc_key_start ON act_hi_procinst (proc_def_key_, start_time_) INCLUDE (end_time_);
-- Survey scores and comments by name, process and time of answer.
CREATE INDEX IF NOT EXISTS app_idx_hi_var_name_created ON act_hi_varinst (name_, proc_def_key_, create_time_) INCLUDE (long_);
-- The channel each instance came through, set when it starts.
CREATE INDEX IF NOT EXISTS app_idx_hi_var_channel ON act_hi_varinst (proc_def_key_, create_time_) INCLUDE (text_)
    WHERE name_ = 'channel';
