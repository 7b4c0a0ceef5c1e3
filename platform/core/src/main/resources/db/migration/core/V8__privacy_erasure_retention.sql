-- Data-subject rights (issue 16). An erased account stays as a pseudonymous row (no name, e-mail or
-- usable password) so that learning records keep counting; erased_at says it happened.
-- last_signed_in_at feeds the retention rule for inactive accounts; retention_warned_at records the
-- warning mail, so the anonymisation comes only after the person had time to sign in.
ALTER TABLE plt_account
  ADD COLUMN last_signed_in_at DATETIME NULL,
  ADD COLUMN retention_warned_at DATETIME NULL,
  ADD COLUMN erased_at DATETIME NULL;
CREATE INDEX ix_plt_account_activity ON plt_account (organisation_id, erased_at, last_signed_in_at);

-- One erasure per person: which modules have erased their part (plt_erasure_step), so an erasure
-- that stopped half-way is resumed, and running it again changes nothing.
CREATE TABLE plt_erasure (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  account_id BIGINT NOT NULL,
  requested_by BIGINT,
  requested_at DATETIME NOT NULL,
  reason VARCHAR(30) NOT NULL,
  completed_at DATETIME,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT uq_plt_erasure_account UNIQUE (account_id),
  CONSTRAINT fk_plt_erasure_account FOREIGN KEY (account_id) REFERENCES plt_account (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE plt_erasure_step (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  erasure_id BIGINT NOT NULL,
  module VARCHAR(40) NOT NULL,
  done_at DATETIME NOT NULL,
  CONSTRAINT uq_plt_erasure_step UNIQUE (erasure_id, module),
  CONSTRAINT fk_plt_erasure_step_erasure FOREIGN KEY (erasure_id) REFERENCES plt_erasure (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Per organisation: after how many months without a sign-in a learner's account is anonymised
-- (NULL: never, the default).
CREATE TABLE plt_retention_policy (
  organisation_id BIGINT PRIMARY KEY,
  inactive_months INT NULL,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT fk_plt_retention_policy_org FOREIGN KEY (organisation_id) REFERENCES plt_organisation (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
