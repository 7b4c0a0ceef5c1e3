-- xAPI learning records. Each organisation may name one Learning Record Store; its secret is kept
-- encrypted (AEAD), never in the clear.
CREATE TABLE crs_xapi_lrs (
  organisation_id BIGINT PRIMARY KEY,
  endpoint VARCHAR(500) NOT NULL,
  lrs_key VARCHAR(200) NOT NULL,
  secret_sealed VARBINARY(1024) NOT NULL,
  home_page VARCHAR(500),
  actor_naming VARCHAR(20) NOT NULL,
  enabled BOOLEAN NOT NULL,
  updated_at DATETIME NOT NULL,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT fk_crs_xapi_lrs_org FOREIGN KEY (organisation_id) REFERENCES plt_organisation (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The pseudonym an account appears under in statements: random, so a statement alone names nobody.
CREATE TABLE crs_xapi_actor (
  account_id BIGINT PRIMARY KEY,
  pseudonym CHAR(36) NOT NULL,
  CONSTRAINT uq_crs_xapi_actor_pseudonym UNIQUE (pseudonym),
  CONSTRAINT fk_crs_xapi_actor_account FOREIGN KEY (account_id) REFERENCES plt_account (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The durable outbox: a statement is stored with what caused it, in one transaction, and stays
-- after it is sent (Tegn answers GET /api/xapi/statements from here). statement_id is name-based
-- from the event, so the same event never makes two statements and a resend is no duplicate.
-- due_at is the statement's timestamp; a future one (a certificate's expiry) waits until then.
CREATE TABLE crs_xapi_statement (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  statement_id CHAR(36) NOT NULL,
  organisation_id BIGINT NOT NULL,
  verb VARCHAR(200) NOT NULL,
  activity_id VARCHAR(500) NOT NULL,
  body TEXT NOT NULL,
  stored_at DATETIME NOT NULL,
  due_at DATETIME NOT NULL,
  attempts INT NOT NULL DEFAULT 0,
  next_attempt_at DATETIME NOT NULL,
  sent_at DATETIME,
  rejected_at DATETIME,
  last_error VARCHAR(500),
  CONSTRAINT uq_crs_xapi_statement_id UNIQUE (statement_id),
  CONSTRAINT fk_crs_xapi_statement_org FOREIGN KEY (organisation_id) REFERENCES plt_organisation (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_crs_xapi_statement_due ON crs_xapi_statement (organisation_id, sent_at, rejected_at, next_attempt_at);
CREATE INDEX ix_crs_xapi_statement_read ON crs_xapi_statement (organisation_id, due_at, id);
