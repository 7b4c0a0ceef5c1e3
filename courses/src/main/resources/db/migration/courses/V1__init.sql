-- Courses: drafts as rows (crs_course, crs_module, crs_item), published versions as immutable JSON
-- snapshots (crs_version), enrolments pinned to a version, per-item progress, completions,
-- certificates and uploaded files.
CREATE TABLE crs_course (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  organisation_id BIGINT NOT NULL,
  authoring_language VARCHAR(10) NOT NULL,
  title TEXT NOT NULL,
  summary TEXT NOT NULL,
  audiences VARCHAR(200) NOT NULL,
  languages VARCHAR(100) NOT NULL,
  estimated_minutes INT NOT NULL,
  mandatory BOOLEAN NOT NULL DEFAULT FALSE,
  certificate_validity_months INT,
  last_key BIGINT NOT NULL DEFAULT 0,
  published_version INT NOT NULL DEFAULT 0,
  demo_key VARCHAR(60),
  created_by BIGINT NOT NULL,
  created_at DATETIME NOT NULL,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT fk_crs_course_org FOREIGN KEY (organisation_id) REFERENCES plt_organisation (id),
  CONSTRAINT fk_crs_course_creator FOREIGN KEY (created_by) REFERENCES plt_account (id),
  CONSTRAINT uq_crs_course_demo UNIQUE (organisation_id, demo_key)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_crs_course_org ON crs_course (organisation_id, created_at);

CREATE TABLE crs_module (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  course_id BIGINT NOT NULL,
  item_key BIGINT NOT NULL,
  position INT NOT NULL,
  title TEXT NOT NULL,
  locked_until_previous BOOLEAN NOT NULL DEFAULT FALSE,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT fk_crs_module_course FOREIGN KEY (course_id) REFERENCES crs_course (id) ON DELETE CASCADE,
  CONSTRAINT uq_crs_module_key UNIQUE (course_id, item_key)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE crs_item (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  module_id BIGINT NOT NULL,
  item_key BIGINT NOT NULL,
  position INT NOT NULL,
  kind VARCHAR(20) NOT NULL,
  title TEXT NOT NULL,
  body MEDIUMTEXT NOT NULL,
  story TEXT NOT NULL,
  question TEXT NOT NULL,
  explanation TEXT NOT NULL,
  quiz_id BIGINT,
  required BOOLEAN NOT NULL DEFAULT TRUE,
  mark_done_required BOOLEAN NOT NULL DEFAULT FALSE,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT fk_crs_item_module FOREIGN KEY (module_id) REFERENCES crs_module (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_crs_item_module ON crs_item (module_id, position);

-- Rows are inserted once and never updated: the snapshot is what trainees of that version learn.
CREATE TABLE crs_version (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  course_id BIGINT NOT NULL,
  number INT NOT NULL,
  snapshot MEDIUMTEXT NOT NULL,
  changes MEDIUMTEXT NOT NULL,
  note VARCHAR(2000),
  everyone_restarts BOOLEAN NOT NULL DEFAULT FALSE,
  published_by BIGINT NOT NULL,
  published_at DATETIME NOT NULL,
  CONSTRAINT fk_crs_version_course FOREIGN KEY (course_id) REFERENCES crs_course (id),
  CONSTRAINT fk_crs_version_publisher FOREIGN KEY (published_by) REFERENCES plt_account (id),
  CONSTRAINT uq_crs_version UNIQUE (course_id, number)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- active is TRUE or NULL: the unique key allows one active enrolment per account and course and
-- any number of closed ones (NULLs never collide).
CREATE TABLE crs_enrolment (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  account_id BIGINT NOT NULL,
  course_id BIGINT NOT NULL,
  version_number INT NOT NULL,
  enrolled_at DATETIME NOT NULL,
  enrolled_by BIGINT,
  due_on DATE,
  started_at DATETIME,
  last_item_key BIGINT,
  progress_percent INT NOT NULL DEFAULT 0,
  completed_at DATETIME,
  expires_at DATETIME,
  active BOOLEAN DEFAULT TRUE,
  closed_at DATETIME,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT fk_crs_enrolment_account FOREIGN KEY (account_id) REFERENCES plt_account (id),
  CONSTRAINT fk_crs_enrolment_course FOREIGN KEY (course_id) REFERENCES crs_course (id),
  CONSTRAINT uq_crs_enrolment_active UNIQUE (account_id, course_id, active)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_crs_enrolment_mine ON crs_enrolment (account_id, active, enrolled_at);
CREATE INDEX ix_crs_enrolment_course ON crs_enrolment (course_id, active, completed_at);
CREATE INDEX ix_crs_enrolment_due ON crs_enrolment (active, completed_at, due_on);
CREATE INDEX ix_crs_enrolment_expiry ON crs_enrolment (active, expires_at);

CREATE TABLE crs_item_progress (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  enrolment_id BIGINT NOT NULL,
  item_key BIGINT NOT NULL,
  opened_at DATETIME,
  revealed_at DATETIME,
  done_at DATETIME,
  best_score INT,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT fk_crs_progress_enrolment FOREIGN KEY (enrolment_id) REFERENCES crs_enrolment (id),
  CONSTRAINT uq_crs_progress UNIQUE (enrolment_id, item_key)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE crs_completion (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  enrolment_id BIGINT NOT NULL,
  account_id BIGINT NOT NULL,
  course_id BIGINT NOT NULL,
  version_number INT NOT NULL,
  completed_at DATETIME NOT NULL,
  CONSTRAINT fk_crs_completion_enrolment FOREIGN KEY (enrolment_id) REFERENCES crs_enrolment (id),
  CONSTRAINT uq_crs_completion_enrolment UNIQUE (enrolment_id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_crs_completion_course ON crs_completion (course_id, completed_at);
CREATE INDEX ix_crs_completion_account ON crs_completion (account_id, completed_at);

CREATE TABLE crs_certificate (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  code VARCHAR(30) NOT NULL,
  enrolment_id BIGINT NOT NULL,
  account_id BIGINT NOT NULL,
  course_id BIGINT NOT NULL,
  version_number INT NOT NULL,
  issued_at DATETIME NOT NULL,
  expires_at DATETIME,
  CONSTRAINT fk_crs_certificate_enrolment FOREIGN KEY (enrolment_id) REFERENCES crs_enrolment (id),
  CONSTRAINT uq_crs_certificate_code UNIQUE (code),
  CONSTRAINT uq_crs_certificate_enrolment UNIQUE (enrolment_id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_crs_certificate_expiry ON crs_certificate (expires_at);

CREATE TABLE crs_upload (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  public_key VARCHAR(40) NOT NULL,
  course_id BIGINT NOT NULL,
  type VARCHAR(10) NOT NULL,
  file_name VARCHAR(200) NOT NULL,
  alt_text VARCHAR(500),
  size INT NOT NULL,
  content MEDIUMBLOB NOT NULL,
  created_by BIGINT NOT NULL,
  created_at DATETIME NOT NULL,
  CONSTRAINT fk_crs_upload_course FOREIGN KEY (course_id) REFERENCES crs_course (id),
  CONSTRAINT uq_crs_upload_key UNIQUE (public_key)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_crs_upload_course ON crs_upload (course_id, created_at);
