-- An attempt belongs to the place the learner took the quiz in (issue 17, defect 6): the module that
-- sends the learner to the quiz names it by an id of its own (courses: the course's id), and a quiz
-- used by two courses keeps two sets of attempts, numbers, limits and grades. 0: taken outside any
-- such place (by its address, an author's preview, LTI), as every attempt before this migration.
ALTER TABLE asm_attempt ADD COLUMN context_id BIGINT NOT NULL DEFAULT 0 AFTER learner_id;
ALTER TABLE asm_attempt DROP INDEX uq_asm_attempt;
ALTER TABLE asm_attempt ADD CONSTRAINT uq_asm_attempt UNIQUE (quiz_id, learner_id, context_id, number);
