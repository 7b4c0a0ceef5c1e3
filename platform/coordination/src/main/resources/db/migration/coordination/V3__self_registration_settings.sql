-- Self-registration configured by coordinators: an e-mail domain belongs to one organisation only
-- (the form then never has to ask which organisation an address means), and each organisation
-- says in which time zone its people read times.

-- Keep the oldest claim of a domain that two organisations share (only set-up code could add one).
DELETE d FROM plt_registration_domain d
  JOIN plt_registration_domain older ON older.domain = d.domain AND older.id < d.id;
ALTER TABLE plt_registration_domain DROP INDEX uq_plt_registration_domain;
ALTER TABLE plt_registration_domain ADD CONSTRAINT uq_plt_registration_domain_domain UNIQUE (domain);
-- lists the domains of one organisation on its settings page
CREATE INDEX ix_plt_registration_domain_org ON plt_registration_domain (organisation_id, domain);

ALTER TABLE plt_org_settings ADD COLUMN time_zone VARCHAR(60) NOT NULL DEFAULT 'Europe/Copenhagen';
