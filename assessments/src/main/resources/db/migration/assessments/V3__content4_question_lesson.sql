-- The lesson that teaches a question ("module/item" keys of a course package), so a trainee who
-- failed a quiz is pointed back to the lessons of the questions they missed (issue 12). Null: none named.
ALTER TABLE asm_question ADD COLUMN lesson VARCHAR(200) NULL;
