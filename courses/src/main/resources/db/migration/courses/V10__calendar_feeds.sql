-- A trainee's calendar feed: one secret per account, kept as its SHA-256 (the address is shown once).
CREATE TABLE crs_calendar_feed (
  account_id BIGINT PRIMARY KEY,
  token_hash CHAR(64) NOT NULL,
  created_at DATETIME NOT NULL,
  CONSTRAINT uq_crs_calendar_feed_token UNIQUE (token_hash)
);
