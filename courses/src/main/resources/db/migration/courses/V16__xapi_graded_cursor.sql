-- Where xAPI's background reading of graded attempts stands (GradedAttemptStatements): the time of
-- grading and the attempt id of the last attempt read, one row per reader. The row is made on the
-- first run; a reader looks back a little behind it for attempts that committed late.
CREATE TABLE crs_xapi_cursor (
  name VARCHAR(40) PRIMARY KEY,
  position_at DATETIME NOT NULL,
  position_id BIGINT NOT NULL,
  updated_at DATETIME NOT NULL
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
