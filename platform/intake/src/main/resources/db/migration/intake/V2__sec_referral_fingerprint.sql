-- A salted SHA-256 of what was submitted, so a repeat with the same idempotency key but other content
-- is refused (409) instead of silently dropped. Salted per referral: no plaintext, and equal forms do
-- not give equal values. Referrals stored before this column have none and are compared by key only.
ALTER TABLE itk_referral ADD COLUMN content_fingerprint VARCHAR(120) NULL;
