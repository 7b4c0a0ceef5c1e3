-- Open Badges: each certificate salts the hash of its holder's e-mail address with its own random salt
-- (the badge publishes salt and hash, never the address), and a certificate can be withdrawn, with who,
-- when and the published reason, which revokes its badge.
ALTER TABLE crs_certificate
  ADD COLUMN badge_salt VARCHAR(32),
  ADD COLUMN withdrawn_at DATETIME,
  ADD COLUMN withdrawn_by BIGINT,
  ADD COLUMN withdrawal_reason VARCHAR(500);
UPDATE crs_certificate SET badge_salt = LOWER(HEX(RANDOM_BYTES(16))) WHERE badge_salt IS NULL;
ALTER TABLE crs_certificate MODIFY badge_salt VARCHAR(32) NOT NULL;
