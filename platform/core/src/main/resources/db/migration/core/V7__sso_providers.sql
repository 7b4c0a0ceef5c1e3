-- Single sign-on with OpenID Connect: an organisation may sign its people in through its own
-- provider. The client secret is kept sealed (Tink AEAD, platform keyset outside the database).
CREATE TABLE plt_sso_provider (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  organisation_id BIGINT NOT NULL,
  issuer VARCHAR(500) NOT NULL,
  client_id VARCHAR(200) NOT NULL,
  client_secret VARBINARY(2048),
  secret_key_id BIGINT,
  scopes VARCHAR(300) NOT NULL,
  username_claim VARCHAR(100) NOT NULL,
  email_claim VARCHAR(100) NOT NULL,
  name_claim VARCHAR(100) NOT NULL,
  groups_claim VARCHAR(100) NOT NULL,
  email_domains VARCHAR(1000) NOT NULL,
  enabled BOOLEAN NOT NULL,
  created_at DATETIME NOT NULL,
  updated_at DATETIME NOT NULL,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT uq_plt_sso_provider_org UNIQUE (organisation_id),
  CONSTRAINT fk_plt_sso_provider_org FOREIGN KEY (organisation_id) REFERENCES plt_organisation (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A group of the provider gives a Tegn role in the organisation and/or a place in a cohort
-- (cohort ids belong to the coordination module: no foreign key across modules).
CREATE TABLE plt_sso_group_mapping (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  provider_id BIGINT NOT NULL,
  group_name VARCHAR(200) NOT NULL,
  role VARCHAR(30),
  cohort_id BIGINT,
  CONSTRAINT fk_plt_sso_mapping_provider FOREIGN KEY (provider_id) REFERENCES plt_sso_provider (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_plt_sso_mapping_provider ON plt_sso_group_mapping (provider_id, id);

-- Who a provider's subject is in Tegn: the link made at the first sign-in (just-in-time).
CREATE TABLE plt_sso_identity (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  provider_id BIGINT NOT NULL,
  subject VARCHAR(255) NOT NULL,
  account_id BIGINT NOT NULL,
  created_at DATETIME NOT NULL,
  last_sign_in_at DATETIME NOT NULL,
  CONSTRAINT uq_plt_sso_identity_subject UNIQUE (provider_id, subject),
  CONSTRAINT uq_plt_sso_identity_account UNIQUE (account_id),
  CONSTRAINT fk_plt_sso_identity_provider FOREIGN KEY (provider_id) REFERENCES plt_sso_provider (id),
  CONSTRAINT fk_plt_sso_identity_account FOREIGN KEY (account_id) REFERENCES plt_account (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
