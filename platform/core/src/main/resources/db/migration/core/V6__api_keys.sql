-- API keys of service accounts: scripts call /api with "Authorization: Bearer <key>" and act as the
-- key's own account, which holds one role in one organisation. Only a SHA-256 of the key is kept.
CREATE TABLE plt_api_key (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  public_id CHAR(16) NOT NULL,
  secret_hash CHAR(64) NOT NULL,
  name VARCHAR(100) NOT NULL,
  account_id BIGINT NOT NULL,
  organisation_id BIGINT NOT NULL,
  role VARCHAR(30) NOT NULL,
  created_at DATETIME NOT NULL,
  created_by BIGINT NOT NULL,
  expires_at DATETIME NOT NULL,
  revoked_at DATETIME,
  revoked_by BIGINT,
  last_used_at DATETIME,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT uq_plt_api_key_public_id UNIQUE (public_id),
  CONSTRAINT fk_plt_api_key_account FOREIGN KEY (account_id) REFERENCES plt_account (id),
  CONSTRAINT fk_plt_api_key_org FOREIGN KEY (organisation_id) REFERENCES plt_organisation (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_plt_api_key_org ON plt_api_key (organisation_id, id);
