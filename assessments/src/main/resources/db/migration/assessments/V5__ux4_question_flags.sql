-- Quiz navigation (issue 17, expected 2): a learner flags a question of an attempt "for review", as in
-- Moodle, to come back to it before submitting. Stored with the attempt's slot, so the flag survives a
-- reload, another browser and a new session.
ALTER TABLE asm_attempt_slot ADD COLUMN flagged BOOLEAN NOT NULL DEFAULT FALSE;
