-- Quiz counters per context (issue 17, defect 11): an attempt taken in a course (assessments' V3
-- asm_attempt.context_id, the course id) counts for that course only, so a new course sharing a quiz
-- no longer shows another course's attempts. 0: taken outside a course, counted for every course
-- holding the quiz, as every counter row before this migration.
ALTER TABLE crd_quiz_count ADD COLUMN context_id BIGINT NOT NULL DEFAULT 0 AFTER quiz_id;
ALTER TABLE crd_quiz_count DROP PRIMARY KEY,
  ADD PRIMARY KEY (cohort_id, organisation_id, quiz_id, context_id);
