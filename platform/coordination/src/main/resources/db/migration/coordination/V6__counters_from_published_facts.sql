-- The dashboard's counters follow the facts the owning modules publish, observed in the writing
-- transaction by CompletionCounters (courses' EnrolmentChanged and EnrolmentsRestarted,
-- assessments' AttemptGraded, core's AccountMoved, this module's cohort memberships): the triggers
-- this module kept on crs_enrolment, asm_attempt and plt_account, and on cohort memberships (they
-- read those tables), go. The counts they kept stay as they are: from here on Java keeps them.
-- R__completion_count_triggers.sql keeps the one trigger on this module's own tables.
DROP TRIGGER IF EXISTS crd_count_enrolment_insert;
DROP TRIGGER IF EXISTS crd_count_enrolment_update;
DROP TRIGGER IF EXISTS crd_count_enrolment_delete;
DROP TRIGGER IF EXISTS crd_count_attempt_insert;
DROP TRIGGER IF EXISTS crd_count_attempt_update;
DROP TRIGGER IF EXISTS crd_count_attempt_delete;
DROP TRIGGER IF EXISTS crd_count_member_insert;
DROP TRIGGER IF EXISTS crd_count_member_delete;
DROP TRIGGER IF EXISTS crd_count_account_move;

-- A course published with "everyone restarts" moves its started counts to not started in one
-- statement per table (CompletionCounters.enrolmentsRestarted); a deleted cohort's due rows go by
-- cohort (crd_count_cohort_delete). Without these, both would scan and lock every counter row.
CREATE INDEX ix_crd_completion_count_course ON crd_completion_count (course_id, status);
CREATE INDEX ix_crd_completion_due_course ON crd_completion_due (course_id, status);
CREATE INDEX ix_crd_completion_due_cohort ON crd_completion_due (cohort_id);
