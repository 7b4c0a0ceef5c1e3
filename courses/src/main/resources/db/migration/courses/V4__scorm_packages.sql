-- SCORM 1.2 packages as course items. A package's files live in the database (like course uploads)
-- so every node of a cluster serves them and one backup holds them; a SCO's run-time data is kept
-- per enrolment, item and SCO, so the trainee resumes on any device.
ALTER TABLE crs_item ADD COLUMN scorm_package_id BIGINT;

CREATE TABLE crs_scorm_package (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  course_id BIGINT NOT NULL,
  file_name VARCHAR(200) NOT NULL,
  title VARCHAR(500) NOT NULL,
  file_count INT NOT NULL,
  total_bytes BIGINT NOT NULL,
  created_by BIGINT NOT NULL,
  created_at DATETIME NOT NULL,
  CONSTRAINT fk_crs_scorm_package_course FOREIGN KEY (course_id) REFERENCES crs_course (id),
  CONSTRAINT fk_crs_scorm_package_creator FOREIGN KEY (created_by) REFERENCES plt_account (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_crs_scorm_package_course ON crs_scorm_package (course_id, created_at);

ALTER TABLE crs_item ADD CONSTRAINT fk_crs_item_scorm_package
  FOREIGN KEY (scorm_package_id) REFERENCES crs_scorm_package (id);

CREATE TABLE crs_scorm_sco (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  package_id BIGINT NOT NULL,
  position INT NOT NULL,
  identifier VARCHAR(200) NOT NULL,
  title VARCHAR(500) NOT NULL,
  level INT NOT NULL,
  launch VARCHAR(2000) NOT NULL,
  is_sco BOOLEAN NOT NULL,
  mastery_score DOUBLE,
  data_from_lms TEXT,
  CONSTRAINT fk_crs_scorm_sco_package FOREIGN KEY (package_id) REFERENCES crs_scorm_package (id) ON DELETE CASCADE,
  CONSTRAINT uq_crs_scorm_sco UNIQUE (package_id, identifier)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- path_hash (SHA-256 of the path) is the lookup key: a path may be longer than an index allows.
CREATE TABLE crs_scorm_file (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  package_id BIGINT NOT NULL,
  path VARCHAR(2000) NOT NULL,
  path_hash CHAR(64) NOT NULL,
  size INT NOT NULL,
  content LONGBLOB NOT NULL,
  CONSTRAINT fk_crs_scorm_file_package FOREIGN KEY (package_id) REFERENCES crs_scorm_package (id) ON DELETE CASCADE,
  CONSTRAINT uq_crs_scorm_file UNIQUE (package_id, path_hash)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per enrolment, item and SCO. launch_code is the capability in the address the sandboxed
-- frame loads (it cannot send Tegn's session cookie); a new launch rolls the session time into the
-- total.
CREATE TABLE crs_scorm_runtime (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  enrolment_id BIGINT NOT NULL,
  item_key BIGINT NOT NULL,
  package_id BIGINT NOT NULL,
  sco_identifier VARCHAR(200) NOT NULL,
  launch_code VARCHAR(64) NOT NULL,
  launch_expires_at DATETIME NOT NULL,
  lesson_status VARCHAR(20) NOT NULL,
  score_raw DOUBLE,
  score_min DOUBLE,
  score_max DOUBLE,
  lesson_location VARCHAR(255) NOT NULL DEFAULT '',
  suspend_data MEDIUMTEXT NOT NULL,
  exit_mode VARCHAR(20) NOT NULL DEFAULT '',
  session_time VARCHAR(20) NOT NULL DEFAULT '',
  session_seconds BIGINT NOT NULL DEFAULT 0,
  total_seconds_before BIGINT NOT NULL DEFAULT 0,
  committed_at DATETIME,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT fk_crs_scorm_runtime_enrolment FOREIGN KEY (enrolment_id) REFERENCES crs_enrolment (id),
  CONSTRAINT fk_crs_scorm_runtime_package FOREIGN KEY (package_id) REFERENCES crs_scorm_package (id),
  CONSTRAINT uq_crs_scorm_runtime UNIQUE (enrolment_id, item_key, sco_identifier),
  CONSTRAINT uq_crs_scorm_runtime_launch UNIQUE (launch_code)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
