-- The hourly removal of prepared attempts never started (AttemptTimer, Attempt.deletePreparedBefore)
-- reads them by state and age: without this index it scanned every attempt ever made.
CREATE INDEX ix_asm_attempt_prepared ON asm_attempt (state, prepared_at);
