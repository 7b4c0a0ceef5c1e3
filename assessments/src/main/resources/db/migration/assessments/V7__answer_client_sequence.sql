-- The device's sequence number of an answer (issue 17, learning offline): an answer kept on a phone
-- while offline is sent later, so a save carries the order in which the trainee gave it and an
-- older one never overwrites a newer one. NULL: a save that says no order (an API client).
ALTER TABLE asm_answer ADD COLUMN client_seq BIGINT NULL;
