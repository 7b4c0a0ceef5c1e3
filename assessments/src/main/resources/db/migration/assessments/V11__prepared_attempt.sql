-- An attempt prepared before the signal (issue 18 §2): drawn and written, with its slots, when a
-- trainee who may take the quiz opens it, in state PREPARED with number 0, no start and no deadline;
-- the start stamps it (state, number, started_at, deadline) with one UPDATE. Number 0 under the
-- unique (quiz, learner, context, number) keeps one prepared attempt per trainee, quiz and context.
-- quiz_version: the quiz's version when prepared (an edited quiz draws again); prepared_at: when,
-- for removing those never started (AttemptTimer, after a day).
ALTER TABLE asm_attempt MODIFY started_at DATETIME NULL;
ALTER TABLE asm_attempt ADD COLUMN prepared_at DATETIME NULL AFTER started_at;
ALTER TABLE asm_attempt ADD COLUMN quiz_version BIGINT NULL AFTER prepared_at;
