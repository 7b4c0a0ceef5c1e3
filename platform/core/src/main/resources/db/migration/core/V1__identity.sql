-- Organisations, accounts, role grants and the audit log of the shared kernel.
CREATE TABLE plt_organisation (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  code VARCHAR(40) NOT NULL,
  name VARCHAR(200) NOT NULL,
  default_locale VARCHAR(10) NOT NULL DEFAULT 'da',
  national BOOLEAN NOT NULL DEFAULT FALSE,
  created_at DATETIME NOT NULL,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT uq_plt_organisation_code UNIQUE (code)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE plt_account (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  username VARCHAR(100) NOT NULL,
  display_name VARCHAR(200) NOT NULL,
  email VARCHAR(254),
  organisation_id BIGINT NOT NULL,
  password_hash VARCHAR(400) NOT NULL,
  locale VARCHAR(10),
  enabled BOOLEAN NOT NULL DEFAULT TRUE,
  failed_logins INT NOT NULL DEFAULT 0,
  locked_until DATETIME,
  password_changed_at DATETIME NOT NULL,
  created_at DATETIME NOT NULL,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT uq_plt_account_username UNIQUE (username),
  CONSTRAINT fk_plt_account_org FOREIGN KEY (organisation_id) REFERENCES plt_organisation (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_plt_account_org_name ON plt_account (organisation_id, display_name);
CREATE INDEX ix_plt_account_email ON plt_account (email);

CREATE TABLE plt_role_grant (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  account_id BIGINT NOT NULL,
  organisation_id BIGINT NOT NULL,
  role VARCHAR(30) NOT NULL,
  granted_at DATETIME NOT NULL,
  CONSTRAINT uq_plt_role_grant UNIQUE (account_id, organisation_id, role),
  CONSTRAINT fk_plt_role_grant_account FOREIGN KEY (account_id) REFERENCES plt_account (id) ON DELETE CASCADE,
  CONSTRAINT fk_plt_role_grant_org FOREIGN KEY (organisation_id) REFERENCES plt_organisation (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_plt_role_grant_org_role ON plt_role_grant (organisation_id, role);

-- Who did what to which record. Never personal data in detail: ids and outcomes only.
CREATE TABLE plt_audit (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  at DATETIME NOT NULL,
  actor_account_id BIGINT,
  action VARCHAR(60) NOT NULL,
  target_type VARCHAR(60),
  target_id VARCHAR(60),
  outcome VARCHAR(20) NOT NULL,
  detail VARCHAR(400)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_plt_audit_target ON plt_audit (target_type, target_id);
CREATE INDEX ix_plt_audit_actor ON plt_audit (actor_account_id, at);
