-- Attempts in the order of starting (time, then id), for a module that follows them in the
-- background with a cursor of its own (courses' xAPI "attempted" statements, StartedAttempts).
CREATE INDEX ix_asm_attempt_started ON asm_attempt (started_at, id);
