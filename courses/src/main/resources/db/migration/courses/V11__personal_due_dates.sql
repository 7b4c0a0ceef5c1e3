-- Per-learner reports (issue 17, expected 3): a coordinator gives one learner a due date of their own
-- on one enrolment, with a reason. due_on stays the date that counts (reminders, overdue lists, the
-- dashboard's counters and their date index read it as before); personal_due_on says it was set for
-- this person, and an assignment's due date given later (cohort sync, a new assignment) leaves it.
ALTER TABLE crs_enrolment ADD COLUMN personal_due_on DATE AFTER due_on;
ALTER TABLE crs_enrolment ADD COLUMN personal_due_reason VARCHAR(500) AFTER personal_due_on;
ALTER TABLE crs_enrolment ADD COLUMN personal_due_by BIGINT AFTER personal_due_reason;
ALTER TABLE crs_enrolment ADD CONSTRAINT fk_crs_enrolment_personal_due_by
  FOREIGN KEY (personal_due_by) REFERENCES plt_account (id);
