-- Graded attempts in the order of grading (time, then id), for a module that follows them in the
-- background with a cursor of its own (courses' xAPI statements, GradedAnswers).
CREATE INDEX ix_asm_attempt_graded ON asm_attempt (submitted_at, id);
