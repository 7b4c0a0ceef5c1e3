-- Per-learner reports (issue 17, expected 3): a coordinator overrides the grade of one attempt with a
-- reason, and grants one learner one more attempt at a quiz. The attempt's own score stays as it was
-- graded; the override is shown beside it and counts instead of it (pass/fail, grade, completion).
CREATE TABLE asm_grade_override (
  attempt_id BIGINT NOT NULL PRIMARY KEY,
  score_percent INT NOT NULL,
  passed BOOLEAN NOT NULL,
  reason VARCHAR(500) NOT NULL,
  overridden_by BIGINT,
  overridden_at DATETIME NOT NULL,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT fk_asm_grade_override_attempt FOREIGN KEY (attempt_id) REFERENCES asm_attempt (id)
    ON DELETE CASCADE,
  CONSTRAINT fk_asm_grade_override_by FOREIGN KEY (overridden_by) REFERENCES plt_account (id)
    ON DELETE SET NULL
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per attempt granted beyond the quiz's limit, for one learner at one quiz in one context
-- (as attempts are numbered and limited: courses' course id, 0 outside any).
CREATE TABLE asm_extra_attempt (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  learner_id BIGINT NOT NULL,
  quiz_id BIGINT NOT NULL,
  context_id BIGINT NOT NULL DEFAULT 0,
  reason VARCHAR(500) NOT NULL,
  granted_by BIGINT,
  granted_at DATETIME NOT NULL,
  CONSTRAINT fk_asm_extra_attempt_learner FOREIGN KEY (learner_id) REFERENCES plt_account (id),
  CONSTRAINT fk_asm_extra_attempt_quiz FOREIGN KEY (quiz_id) REFERENCES asm_quiz (id)
    ON DELETE CASCADE,
  CONSTRAINT fk_asm_extra_attempt_by FOREIGN KEY (granted_by) REFERENCES plt_account (id)
    ON DELETE SET NULL
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_asm_extra_attempt_learner ON asm_extra_attempt (learner_id, quiz_id, context_id);
