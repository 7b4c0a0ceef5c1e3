-- Covering indexes for the coordinator dashboard's live queries (ops/BENCHMARKS.md, dashboard): each
-- reads an index alone instead of one clustered-index lookup per enrolment.

-- An organisation's people -> their enrolments' status, due date and expiry, without the rows.
CREATE INDEX ix_crs_enrolment_person_report
  ON crs_enrolment (account_id, active, course_id, completed_at, due_on, started_at, expires_at);

-- Completions per day (closed enrolments count too), for the whole country or one course.
CREATE INDEX ix_crs_enrolment_completed ON crs_enrolment (completed_at, course_id, account_id);

-- Certificates expiring soon; replaces (active, expires_at), of which it is an extension, so the
-- reminders that used that index read this one.
CREATE INDEX ix_crs_enrolment_expiry_report
  ON crs_enrolment (active, expires_at, completed_at, course_id, account_id);
DROP INDEX ix_crs_enrolment_expiry ON crs_enrolment;
