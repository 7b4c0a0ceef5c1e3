-- An organisation's certificate design: its logo, and who signs its certificates (name, title and
-- a picture of the signature). One row per organisation that has set one; without it, the plain one.
CREATE TABLE crs_certificate_design (
  organisation_id BIGINT PRIMARY KEY,
  logo MEDIUMBLOB NULL,
  signature MEDIUMBLOB NULL,
  signatory_name VARCHAR(120) NULL,
  signatory_title VARCHAR(120) NULL,
  updated_by BIGINT NOT NULL,
  updated_at DATETIME NOT NULL,
  version BIGINT NOT NULL DEFAULT 0
);
