-- Intake: teams, routing rules as data, referrals and their transitions.
-- Identifying and narrative fields are stored only as Tink AEAD ciphertext (*_ct columns, key in
-- key_id); the plain columns are what statistics and the queue need and identify no one alone.

CREATE TABLE itk_team (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  code VARCHAR(40) NOT NULL,
  name TEXT NOT NULL,
  created_at DATETIME NOT NULL,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT uq_itk_team_code UNIQUE (code)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE itk_team_member (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  team_id BIGINT NOT NULL,
  account_id BIGINT NOT NULL,
  added_at DATETIME NOT NULL,
  CONSTRAINT uq_itk_team_member UNIQUE (team_id, account_id),
  CONSTRAINT fk_itk_team_member_team FOREIGN KEY (team_id) REFERENCES itk_team (id) ON DELETE CASCADE,
  CONSTRAINT fk_itk_team_member_account FOREIGN KEY (account_id) REFERENCES plt_account (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_itk_team_member_account ON itk_team_member (account_id);

-- Intake officers notified at any hour of a referral in immediate danger.
CREATE TABLE itk_on_call (
  account_id BIGINT PRIMARY KEY,
  since DATETIME NOT NULL,
  CONSTRAINT fk_itk_on_call_account FOREIGN KEY (account_id) REFERENCES plt_account (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- First match by position wins. NULL in a condition column matches anything.
CREATE TABLE itk_routing_rule (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  position INT NOT NULL,
  name VARCHAR(100) NOT NULL,
  age_categories VARCHAR(100),
  genders VARCHAR(100),
  team_id BIGINT NOT NULL,
  urgent BOOLEAN NOT NULL DEFAULT FALSE,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT fk_itk_routing_rule_team FOREIGN KEY (team_id) REFERENCES itk_team (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_itk_routing_rule_position ON itk_routing_rule (position, id);

CREATE TABLE itk_referral (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  reference VARCHAR(20) NOT NULL,
  idempotency_key VARCHAR(64) NOT NULL,
  referrer_account_id BIGINT NOT NULL,
  submitted_at DATETIME NOT NULL,
  catalogue_version VARCHAR(40) NOT NULL,
  kind VARCHAR(20) NOT NULL,
  age_category VARCHAR(20) NOT NULL,
  gender VARCHAR(20) NOT NULL,
  nationality VARCHAR(2),
  region VARCHAR(20) NOT NULL,
  exploitation_form VARCHAR(30) NOT NULL,
  profession VARCHAR(30) NOT NULL,
  immediate_danger BOOLEAN NOT NULL,
  emergency_called BOOLEAN NOT NULL DEFAULT FALSE,
  interpreter_needed BOOLEAN NOT NULL DEFAULT FALSE,
  screening_signal VARCHAR(50) NOT NULL,
  priority VARCHAR(10) NOT NULL,
  priority_rank TINYINT NOT NULL,
  team_id BIGINT NOT NULL,
  routing_rule_id BIGINT,
  routing_rule_name VARCHAR(100) NOT NULL,
  state VARCHAR(20) NOT NULL,
  assignee_account_id BIGINT,
  outcome VARCHAR(30),
  outcome_at DATETIME,
  reflection_starts_on DATE,
  reflection_ends_on DATE,
  closed_at DATETIME,
  stripped_at DATETIME,
  key_id BIGINT,
  person_name_ct VARBINARY(1024),
  estimated_age_ct VARBINARY(128),
  met_on_ct VARBINARY(128),
  met_where_ct VARBINARY(1024),
  languages_ct VARBINARY(1024),
  contact_ct VARBINARY(1024),
  referrer_callback_ct VARBINARY(1024),
  narrative_ct BLOB,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT uq_itk_referral_reference UNIQUE (reference),
  CONSTRAINT uq_itk_referral_idempotency UNIQUE (idempotency_key),
  CONSTRAINT fk_itk_referral_team FOREIGN KEY (team_id) REFERENCES itk_team (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
-- the queue: a team's open referrals, acute and urgent first, then oldest
CREATE INDEX ix_itk_referral_queue ON itk_referral (team_id, state, priority_rank, id);
CREATE INDEX ix_itk_referral_referrer ON itk_referral (referrer_account_id, id);
CREATE INDEX ix_itk_referral_retention ON itk_referral (state, stripped_at, closed_at);
CREATE INDEX ix_itk_referral_submitted ON itk_referral (submitted_at);
CREATE INDEX ix_itk_referral_key ON itk_referral (key_id);

CREATE TABLE itk_indicator_answer (
  referral_id BIGINT NOT NULL,
  indicator_key VARCHAR(60) NOT NULL,
  answer VARCHAR(20) NOT NULL,
  PRIMARY KEY (referral_id, indicator_key),
  CONSTRAINT fk_itk_indicator_answer_referral FOREIGN KEY (referral_id) REFERENCES itk_referral (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every step of a referral: who, when, from which state to which. Comments are ciphertext.
CREATE TABLE itk_transition (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  referral_id BIGINT NOT NULL,
  seq INT NOT NULL,
  action VARCHAR(30) NOT NULL,
  from_state VARCHAR(20),
  to_state VARCHAR(20) NOT NULL,
  actor_account_id BIGINT,
  at DATETIME NOT NULL,
  team_id BIGINT,
  assignee_account_id BIGINT,
  outcome VARCHAR(30),
  key_id BIGINT,
  comment_ct BLOB,
  CONSTRAINT uq_itk_transition_seq UNIQUE (referral_id, seq),
  CONSTRAINT fk_itk_transition_referral FOREIGN KEY (referral_id) REFERENCES itk_referral (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_itk_transition_key ON itk_transition (key_id);

INSERT INTO itk_team (code, name, created_at) VALUES
  ('children', '{"da":"Børneteamet","en":"Children''s team"}', UTC_TIMESTAMP()),
  ('women', '{"da":"Kvindeteamet","en":"Women''s team"}', UTC_TIMESTAMP()),
  ('men', '{"da":"Mandeteamet","en":"Men''s team"}', UTC_TIMESTAMP());

INSERT INTO itk_routing_rule (position, name, age_categories, genders, team_id, urgent)
  SELECT 10, 'Under 18 or possibly under 18', 'CHILD,POSSIBLY_CHILD', NULL, id, TRUE FROM itk_team WHERE code = 'children';
INSERT INTO itk_routing_rule (position, name, age_categories, genders, team_id, urgent)
  SELECT 20, 'Women', NULL, 'WOMAN', id, FALSE FROM itk_team WHERE code = 'women';
INSERT INTO itk_routing_rule (position, name, age_categories, genders, team_id, urgent)
  SELECT 30, 'Men', NULL, 'MAN', id, FALSE FROM itk_team WHERE code = 'men';
INSERT INTO itk_routing_rule (position, name, age_categories, genders, team_id, urgent)
  SELECT 1000, 'Default: other or unknown gender', NULL, NULL, id, FALSE FROM itk_team WHERE code = 'women';
