-- Category and quiz keys are unique within their organisation (and among shared ones), no longer
-- platform-wide, so two organisations can import the same starter bank. A unique key treats NULLs
-- as distinct, so "shared" (organisation_id NULL) is folded into owner_key 0 for the constraint.

ALTER TABLE asm_category DROP INDEX uq_asm_category_code;
ALTER TABLE asm_category ADD COLUMN owner_key BIGINT AS (COALESCE(organisation_id, 0)) STORED;
ALTER TABLE asm_category ADD CONSTRAINT uq_asm_category_code UNIQUE (owner_key, code);

ALTER TABLE asm_quiz DROP INDEX uq_asm_quiz_code;
ALTER TABLE asm_quiz ADD COLUMN owner_key BIGINT AS (COALESCE(organisation_id, 0)) STORED;
ALTER TABLE asm_quiz ADD CONSTRAINT uq_asm_quiz_code UNIQUE (owner_key, code);
