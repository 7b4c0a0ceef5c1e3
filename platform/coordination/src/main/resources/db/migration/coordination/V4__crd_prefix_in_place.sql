-- Coordination's tables carry its own prefix, crd_: they were created with core's plt_ while
-- coordination lived in the WAR (schema "platform"). Renamed in place, so every row, key and
-- foreign key stays (constraint and index names keep their old plt_ spelling; they are names only).
-- The counter triggers name the old tables in their bodies: they go first, and
-- R__completion_count_triggers.sql creates them again, under crd_ names, after this migration.
DROP TRIGGER IF EXISTS plt_count_enrolment_insert;
DROP TRIGGER IF EXISTS plt_count_enrolment_update;
DROP TRIGGER IF EXISTS plt_count_enrolment_delete;
DROP TRIGGER IF EXISTS plt_count_attempt_insert;
DROP TRIGGER IF EXISTS plt_count_attempt_update;
DROP TRIGGER IF EXISTS plt_count_attempt_delete;
DROP TRIGGER IF EXISTS plt_count_member_insert;
DROP TRIGGER IF EXISTS plt_count_member_delete;
DROP TRIGGER IF EXISTS plt_count_cohort_delete;
DROP TRIGGER IF EXISTS plt_count_account_move;

RENAME TABLE
  plt_cohort TO crd_cohort,
  plt_cohort_member TO crd_cohort_member,
  plt_assignment TO crd_assignment,
  plt_org_settings TO crd_org_settings,
  plt_registration_domain TO crd_registration_domain,
  plt_registration TO crd_registration,
  plt_enrolment_key TO crd_enrolment_key,
  plt_reminder TO crd_reminder,
  plt_rate_event TO crd_rate_event,
  plt_completion_count TO crd_completion_count,
  plt_completion_due TO crd_completion_due,
  plt_quiz_count TO crd_quiz_count;
