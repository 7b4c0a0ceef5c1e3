-- An organisation's own wording of a reminder mail, per kind (DUE_SOON, OVERDUE, EXPIRING) and
-- language. No row: the default text of the platform bundle. The text is written for everyone the
-- organisation reminds, about no one; who changed it is in the audit log, not here.
CREATE TABLE crd_reminder_text (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  organisation_id BIGINT NOT NULL,
  kind VARCHAR(20) NOT NULL,
  language VARCHAR(10) NOT NULL,
  subject VARCHAR(200) NOT NULL,
  body VARCHAR(4000) NOT NULL,
  updated_at DATETIME NOT NULL,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT uq_crd_reminder_text UNIQUE (organisation_id, kind, language),
  CONSTRAINT fk_crd_reminder_text_org FOREIGN KEY (organisation_id) REFERENCES plt_organisation (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
