-- "My certificates" lists a holder's certificates newest first: one index range per person instead
-- of a scan of every certificate.
CREATE INDEX ix_crs_certificate_account ON crs_certificate (account_id, issued_at);
