-- Enrolment methods and coordination of the web module ("platform" schema module): cohorts,
-- assignments of courses to people and cohorts, per-organisation settings, self-registration,
-- enrolment keys, reminder bookkeeping and rate limiting. Reads crs_/asm_ tables, never writes them.

CREATE TABLE plt_cohort (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  organisation_id BIGINT NOT NULL,
  name VARCHAR(200) NOT NULL,
  created_by BIGINT,
  created_at DATETIME NOT NULL,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT uq_plt_cohort_name UNIQUE (organisation_id, name),
  CONSTRAINT fk_plt_cohort_org FOREIGN KEY (organisation_id) REFERENCES plt_organisation (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- (cohort_id, account_id) serves member lists and the dashboard's cohort filter;
-- (account_id) finds a person's cohorts when assignments are synced.
CREATE TABLE plt_cohort_member (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  cohort_id BIGINT NOT NULL,
  account_id BIGINT NOT NULL,
  joined_at DATETIME NOT NULL,
  CONSTRAINT uq_plt_cohort_member UNIQUE (cohort_id, account_id),
  CONSTRAINT fk_plt_cohort_member_cohort FOREIGN KEY (cohort_id) REFERENCES plt_cohort (id) ON DELETE CASCADE,
  CONSTRAINT fk_plt_cohort_member_account FOREIGN KEY (account_id) REFERENCES plt_account (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_plt_cohort_member_account ON plt_cohort_member (account_id, cohort_id);

-- A course assigned to a whole cohort (cohort_id) or to one person (account_id).
CREATE TABLE plt_assignment (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  organisation_id BIGINT NOT NULL,
  course_id BIGINT NOT NULL,
  cohort_id BIGINT,
  account_id BIGINT,
  due_on DATE,
  assigned_by BIGINT,
  assigned_at DATETIME NOT NULL,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT uq_plt_assignment_cohort UNIQUE (cohort_id, course_id),
  CONSTRAINT uq_plt_assignment_person UNIQUE (account_id, course_id),
  CONSTRAINT fk_plt_assignment_org FOREIGN KEY (organisation_id) REFERENCES plt_organisation (id),
  CONSTRAINT fk_plt_assignment_cohort FOREIGN KEY (cohort_id) REFERENCES plt_cohort (id) ON DELETE CASCADE,
  CONSTRAINT fk_plt_assignment_account FOREIGN KEY (account_id) REFERENCES plt_account (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_plt_assignment_org ON plt_assignment (organisation_id, assigned_at);
CREATE INDEX ix_plt_assignment_course ON plt_assignment (course_id);

-- One row per organisation that changed a default (no row: the defaults below).
CREATE TABLE plt_org_settings (
  organisation_id BIGINT PRIMARY KEY,
  remind_before_days INT NOT NULL DEFAULT 7,
  remind_after_days INT NOT NULL DEFAULT 1,
  remind_every_days INT NOT NULL DEFAULT 7,
  expiry_warning_days INT NOT NULL DEFAULT 30,
  recertification_days INT NOT NULL DEFAULT 30,
  self_registration BOOLEAN NOT NULL DEFAULT FALSE,
  approval_required BOOLEAN NOT NULL DEFAULT FALSE,
  registration_cohort_id BIGINT,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT fk_plt_org_settings_org FOREIGN KEY (organisation_id) REFERENCES plt_organisation (id),
  CONSTRAINT fk_plt_org_settings_cohort FOREIGN KEY (registration_cohort_id) REFERENCES plt_cohort (id) ON DELETE SET NULL
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE plt_registration_domain (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  organisation_id BIGINT NOT NULL,
  domain VARCHAR(200) NOT NULL,
  CONSTRAINT uq_plt_registration_domain UNIQUE (domain, organisation_id),
  CONSTRAINT fk_plt_registration_domain_org FOREIGN KEY (organisation_id) REFERENCES plt_organisation (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A self-registration: the token is stored as its SHA-256 only, so a database reader cannot confirm.
CREATE TABLE plt_registration (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  email VARCHAR(254) NOT NULL,
  display_name VARCHAR(200) NOT NULL,
  organisation_id BIGINT NOT NULL,
  password_hash VARCHAR(400) NOT NULL,
  locale VARCHAR(10) NOT NULL,
  token_hash CHAR(64) NOT NULL,
  status VARCHAR(30) NOT NULL,
  created_at DATETIME NOT NULL,
  expires_at DATETIME NOT NULL,
  confirmed_at DATETIME,
  decided_by BIGINT,
  decided_at DATETIME,
  account_id BIGINT,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT uq_plt_registration_token UNIQUE (token_hash),
  CONSTRAINT fk_plt_registration_org FOREIGN KEY (organisation_id) REFERENCES plt_organisation (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_plt_registration_queue ON plt_registration (organisation_id, status, created_at);
CREATE INDEX ix_plt_registration_email ON plt_registration (email, status);

-- Course self-enrolment keys per organisation; stored hashed, shown once when made.
CREATE TABLE plt_enrolment_key (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  organisation_id BIGINT NOT NULL,
  course_id BIGINT NOT NULL,
  key_hash CHAR(64) NOT NULL,
  due_days INT,
  created_by BIGINT,
  created_at DATETIME NOT NULL,
  CONSTRAINT uq_plt_enrolment_key_hash UNIQUE (key_hash),
  CONSTRAINT uq_plt_enrolment_key_course UNIQUE (organisation_id, course_id),
  CONSTRAINT fk_plt_enrolment_key_org FOREIGN KEY (organisation_id) REFERENCES plt_organisation (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Mail already sent about an enrolment, so the daily run never sends the same reminder twice.
CREATE TABLE plt_reminder (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  enrolment_id BIGINT NOT NULL,
  kind VARCHAR(20) NOT NULL,
  sent_on DATE NOT NULL,
  CONSTRAINT uq_plt_reminder UNIQUE (enrolment_id, kind, sent_on)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_plt_reminder_last ON plt_reminder (enrolment_id, kind, sent_on);

-- Sliding-window rate limiting shared by every node of a cluster; buckets are hashes, never addresses.
CREATE TABLE plt_rate_event (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  bucket CHAR(64) NOT NULL,
  at DATETIME NOT NULL
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_plt_rate_event ON plt_rate_event (bucket, at);
CREATE INDEX ix_plt_rate_event_at ON plt_rate_event (at);
