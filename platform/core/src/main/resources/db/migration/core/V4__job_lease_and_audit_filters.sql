-- A lease per scheduled job: only the instance named in holder runs the job until lease_until, so a
-- job runs once across a cluster. times_taken counts the runs it allowed (how a cluster proves it).
CREATE TABLE plt_job_lease (
  job VARCHAR(60) NOT NULL PRIMARY KEY,
  holder VARCHAR(100) NOT NULL,
  lease_until DATETIME NOT NULL,
  taken_at DATETIME,
  times_taken BIGINT NOT NULL DEFAULT 0
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The administrator's audit viewer filters by action, by outcome and by time, newest first.
CREATE INDEX ix_plt_audit_action ON plt_audit (action);
CREATE INDEX ix_plt_audit_outcome ON plt_audit (outcome);
CREATE INDEX ix_plt_audit_at ON plt_audit (at);
