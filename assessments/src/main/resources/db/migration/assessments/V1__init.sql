-- Question banks, quizzes, attempts and answers. Translatable texts are LocalizedText JSON in TEXT columns.
-- organisation_id NULL means shared by every organisation.

CREATE TABLE asm_category (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  organisation_id BIGINT,
  code VARCHAR(80) NOT NULL,
  name TEXT NOT NULL,
  created_at DATETIME NOT NULL,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT uq_asm_category_code UNIQUE (code),
  CONSTRAINT fk_asm_category_org FOREIGN KEY (organisation_id) REFERENCES plt_organisation (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_asm_category_org ON asm_category (organisation_id, code);

-- A question is its history of versions; current_number names the one new attempts show.
CREATE TABLE asm_question (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  category_id BIGINT NOT NULL,
  code VARCHAR(80) NOT NULL,
  audiences VARCHAR(400) NOT NULL DEFAULT '',
  current_number INT NOT NULL DEFAULT 0,
  retired BOOLEAN NOT NULL DEFAULT FALSE,
  created_at DATETIME NOT NULL,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT uq_asm_question_code UNIQUE (category_id, code),
  CONSTRAINT fk_asm_question_category FOREIGN KEY (category_id) REFERENCES asm_category (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_asm_question_draw ON asm_question (category_id, retired, id);

-- Immutable once written: attempts point at the version they showed.
CREATE TABLE asm_question_version (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  question_id BIGINT NOT NULL,
  number INT NOT NULL,
  type VARCHAR(30) NOT NULL,
  text TEXT NOT NULL,
  general_feedback TEXT NOT NULL,
  content MEDIUMTEXT NOT NULL,
  created_at DATETIME NOT NULL,
  created_by BIGINT,
  CONSTRAINT uq_asm_question_version UNIQUE (question_id, number),
  CONSTRAINT fk_asm_question_version_question FOREIGN KEY (question_id) REFERENCES asm_question (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE asm_quiz (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  organisation_id BIGINT,
  code VARCHAR(80) NOT NULL,
  title TEXT NOT NULL,
  pass_mark_percent INT NOT NULL,
  attempts_allowed INT NOT NULL DEFAULT 0,
  grading_method VARCHAR(20) NOT NULL,
  time_limit_seconds INT,
  questions_per_page INT NOT NULL DEFAULT 0,
  shuffle_choices BOOLEAN NOT NULL DEFAULT TRUE,
  review_score VARCHAR(20) NOT NULL,
  review_right_answers VARCHAR(20) NOT NULL,
  review_feedback VARCHAR(20) NOT NULL,
  open_at DATETIME,
  close_at DATETIME,
  created_at DATETIME NOT NULL,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT uq_asm_quiz_code UNIQUE (code),
  CONSTRAINT fk_asm_quiz_org FOREIGN KEY (organisation_id) REFERENCES plt_organisation (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_asm_quiz_org ON asm_quiz (organisation_id, code);

-- A fixed question (question_id) or draw_count questions drawn from category_id.
CREATE TABLE asm_quiz_slot (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  quiz_id BIGINT NOT NULL,
  position INT NOT NULL,
  question_id BIGINT,
  category_id BIGINT,
  draw_count INT NOT NULL DEFAULT 1,
  CONSTRAINT fk_asm_quiz_slot_quiz FOREIGN KEY (quiz_id) REFERENCES asm_quiz (id) ON DELETE CASCADE,
  CONSTRAINT fk_asm_quiz_slot_question FOREIGN KEY (question_id) REFERENCES asm_question (id),
  CONSTRAINT fk_asm_quiz_slot_category FOREIGN KEY (category_id) REFERENCES asm_category (id),
  CONSTRAINT ck_asm_quiz_slot_kind CHECK ((question_id IS NULL) <> (category_id IS NULL))
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
-- not unique: reordering renumbers slots in place, which a unique key would trip over mid-flush
CREATE INDEX ix_asm_quiz_slot_quiz ON asm_quiz_slot (quiz_id, position);

-- UNIQUE (quiz_id, learner_id, number): two simultaneous starts cannot both open attempt n.
CREATE TABLE asm_attempt (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  quiz_id BIGINT NOT NULL,
  learner_id BIGINT NOT NULL,
  number INT NOT NULL,
  state VARCHAR(20) NOT NULL,
  seed BIGINT NOT NULL,
  started_at DATETIME NOT NULL,
  deadline DATETIME,
  submitted_at DATETIME,
  finished_by VARCHAR(20),
  fraction DOUBLE,
  score_percent INT,
  passed BOOLEAN,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT uq_asm_attempt UNIQUE (quiz_id, learner_id, number),
  CONSTRAINT fk_asm_attempt_quiz FOREIGN KEY (quiz_id) REFERENCES asm_quiz (id),
  CONSTRAINT fk_asm_attempt_learner FOREIGN KEY (learner_id) REFERENCES plt_account (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_asm_attempt_overdue ON asm_attempt (state, deadline);
CREATE INDEX ix_asm_attempt_quiz_state ON asm_attempt (quiz_id, state, score_percent);
CREATE INDEX ix_asm_attempt_learner ON asm_attempt (learner_id, quiz_id);

-- The question version and option order an attempt shows in each of its slots (1..n), fixed at start.
CREATE TABLE asm_attempt_slot (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  attempt_id BIGINT NOT NULL,
  slot INT NOT NULL,
  question_version_id BIGINT NOT NULL,
  presentation TEXT NOT NULL,
  fraction DOUBLE,
  CONSTRAINT uq_asm_attempt_slot UNIQUE (attempt_id, slot),
  CONSTRAINT fk_asm_attempt_slot_attempt FOREIGN KEY (attempt_id) REFERENCES asm_attempt (id) ON DELETE CASCADE,
  CONSTRAINT fk_asm_attempt_slot_version FOREIGN KEY (question_version_id) REFERENCES asm_question_version (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_asm_attempt_slot_version ON asm_attempt_slot (question_version_id, attempt_id);

-- One row per answered slot, written by an idempotent upsert as each answer is given.
CREATE TABLE asm_answer (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  attempt_id BIGINT NOT NULL,
  slot INT NOT NULL,
  response TEXT NOT NULL,
  saved_at DATETIME NOT NULL,
  CONSTRAINT uq_asm_answer UNIQUE (attempt_id, slot),
  CONSTRAINT fk_asm_answer_attempt FOREIGN KEY (attempt_id) REFERENCES asm_attempt (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
