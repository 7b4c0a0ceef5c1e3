-- Whether the referrer of a child has notified the municipality (the public employee's own duty
-- under barnets lov); null for adults and for referrals made before the question was asked.
ALTER TABLE itk_referral ADD COLUMN child_notification VARCHAR(30);
