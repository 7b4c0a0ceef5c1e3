-- Forgotten passwords: a link by mail lets the account's owner choose a new password. Only the
-- SHA-256 of the link's token is kept; a link works once, for an hour, and a newer one or a new
-- password voids the others.
CREATE TABLE plt_password_reset (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  account_id BIGINT NOT NULL,
  token_hash CHAR(64) NOT NULL,
  created_at DATETIME NOT NULL,
  expires_at DATETIME NOT NULL,
  used_at DATETIME,
  CONSTRAINT uq_plt_password_reset_token UNIQUE (token_hash),
  CONSTRAINT fk_plt_password_reset_account FOREIGN KEY (account_id) REFERENCES plt_account (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_plt_password_reset_account ON plt_password_reset (account_id, created_at);
