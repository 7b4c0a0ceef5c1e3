-- Tegn as an LTI 1.3 tool: the platforms (Moodle, Canvas, ...) registered with it, Tegn's own signing
-- keys, the one-use login states, platform users linked to Tegn accounts, resource links and the
-- outbox of scores for the platforms' grade books (Assignment and Grade Services).
CREATE TABLE lti_platform (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(200) NOT NULL,
  issuer VARCHAR(500) NOT NULL,
  client_id VARCHAR(255) NOT NULL,
  jwks_url VARCHAR(1000) NOT NULL,
  auth_login_url VARCHAR(1000) NOT NULL,
  token_url VARCHAR(1000) NOT NULL,
  organisation_id BIGINT NOT NULL,
  enabled BOOLEAN NOT NULL DEFAULT TRUE,
  created_at DATETIME NOT NULL,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT uq_lti_platform_issuer_client UNIQUE (issuer(255), client_id),
  CONSTRAINT fk_lti_platform_org FOREIGN KEY (organisation_id) REFERENCES plt_organisation (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE lti_deployment (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  platform_id BIGINT NOT NULL,
  deployment_id VARCHAR(255) NOT NULL,
  CONSTRAINT uq_lti_deployment UNIQUE (platform_id, deployment_id),
  CONSTRAINT fk_lti_deployment_platform FOREIGN KEY (platform_id) REFERENCES lti_platform (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Tegn's RSA key pairs: the public half as a JWK, the private half sealed (Tink AEAD).
CREATE TABLE lti_tool_key (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  kid VARCHAR(64) NOT NULL,
  public_jwk TEXT NOT NULL,
  private_sealed BLOB NOT NULL,
  active BOOLEAN NOT NULL DEFAULT TRUE,
  created_at DATETIME NOT NULL,
  CONSTRAINT uq_lti_tool_key_kid UNIQUE (kid)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per login initiation: the state and nonce Tegn sent; used once, then kept a day so that a
-- replay is told apart from a forgery.
CREATE TABLE lti_login_state (
  state CHAR(43) NOT NULL PRIMARY KEY,
  nonce CHAR(43) NOT NULL,
  platform_id BIGINT NOT NULL,
  created_at DATETIME NOT NULL,
  used_at DATETIME,
  CONSTRAINT uq_lti_login_state_nonce UNIQUE (nonce),
  CONSTRAINT fk_lti_login_state_platform FOREIGN KEY (platform_id) REFERENCES lti_platform (id) ON DELETE CASCADE
) DEFAULT CHARSET = ascii;
CREATE INDEX ix_lti_login_state_created ON lti_login_state (created_at);

-- The platform's user (sub) linked to the Tegn account made for them at the first launch.
CREATE TABLE lti_user (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  platform_id BIGINT NOT NULL,
  subject VARCHAR(255) NOT NULL,
  account_id BIGINT NOT NULL,
  created_at DATETIME NOT NULL,
  CONSTRAINT uq_lti_user UNIQUE (platform_id, subject),
  CONSTRAINT fk_lti_user_platform FOREIGN KEY (platform_id) REFERENCES lti_platform (id) ON DELETE CASCADE,
  CONSTRAINT fk_lti_user_account FOREIGN KEY (account_id) REFERENCES plt_account (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_lti_user_account ON lti_user (account_id);

-- A resource link of a platform's course page and the Tegn course or quiz it opens; the line item
-- of its grade book column when the platform offers AGS.
CREATE TABLE lti_resource_link (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  platform_id BIGINT NOT NULL,
  resource_link_id VARCHAR(255) NOT NULL,
  target_kind VARCHAR(10) NOT NULL,
  target_id BIGINT NOT NULL,
  lineitem_url VARCHAR(1000),
  score_scope BOOLEAN NOT NULL DEFAULT FALSE,
  created_at DATETIME NOT NULL,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT uq_lti_resource_link UNIQUE (platform_id, resource_link_id),
  CONSTRAINT fk_lti_resource_link_platform FOREIGN KEY (platform_id) REFERENCES lti_platform (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_lti_resource_link_target ON lti_resource_link (target_kind, target_id);

-- Which launched link an account came through: its results go back to that link's line item.
CREATE TABLE lti_link_member (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  link_id BIGINT NOT NULL,
  lti_user_id BIGINT NOT NULL,
  account_id BIGINT NOT NULL,
  launched_at DATETIME NOT NULL,
  CONSTRAINT uq_lti_link_member UNIQUE (link_id, lti_user_id),
  CONSTRAINT fk_lti_link_member_link FOREIGN KEY (link_id) REFERENCES lti_resource_link (id) ON DELETE CASCADE,
  CONSTRAINT fk_lti_link_member_user FOREIGN KEY (lti_user_id) REFERENCES lti_user (id) ON DELETE CASCADE,
  CONSTRAINT fk_lti_link_member_account FOREIGN KEY (account_id) REFERENCES plt_account (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_lti_link_member_account ON lti_link_member (account_id);

-- Scores waiting for (or sent to) a platform's grade book: written in the transaction that graded
-- the work, delivered by a job that retries with back-off while the platform is down.
CREATE TABLE lti_score (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  link_member_id BIGINT NOT NULL,
  score_given DECIMAL(7, 2) NOT NULL,
  score_maximum DECIMAL(7, 2) NOT NULL,
  activity_progress VARCHAR(20) NOT NULL,
  grading_progress VARCHAR(20) NOT NULL,
  comment VARCHAR(500),
  scored_at DATETIME NOT NULL,
  attempts INT NOT NULL DEFAULT 0,
  next_attempt_at DATETIME NOT NULL,
  sent_at DATETIME,
  last_error VARCHAR(500),
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT fk_lti_score_member FOREIGN KEY (link_member_id) REFERENCES lti_link_member (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_lti_score_due ON lti_score (sent_at, next_attempt_at);

-- A teacher's deep linking request, waiting for the pick; used once.
CREATE TABLE lti_deep_link (
  code CHAR(43) NOT NULL PRIMARY KEY,
  platform_id BIGINT NOT NULL,
  deployment_id VARCHAR(255) NOT NULL,
  return_url VARCHAR(1000) NOT NULL,
  data_claim VARCHAR(2000),
  locale VARCHAR(10) NOT NULL,
  created_at DATETIME NOT NULL,
  used_at DATETIME,
  CONSTRAINT fk_lti_deep_link_platform FOREIGN KEY (platform_id) REFERENCES lti_platform (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
