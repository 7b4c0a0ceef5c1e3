-- Whose mail it is: an admin sees only the mail of the organisations they administer (a national admin
-- every mail). Mail queued before this column existed belongs to the organisation of the account with
-- that address; mail to an address no account has stays visible to national admins only.
ALTER TABLE plt_outbox ADD COLUMN organisation_id BIGINT NULL;
UPDATE plt_outbox o
  JOIN (SELECT email, MIN(organisation_id) AS organisation_id FROM plt_account
        WHERE email IS NOT NULL GROUP BY email) a ON a.email = o.recipient
  SET o.organisation_id = a.organisation_id;
CREATE INDEX ix_plt_outbox_organisation ON plt_outbox (organisation_id, id);
