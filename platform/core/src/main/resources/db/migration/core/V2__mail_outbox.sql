-- Mail waits here until it is delivered: a failed send is retried with back-off, never lost.
CREATE TABLE plt_outbox (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  recipient VARCHAR(254) NOT NULL,
  subject VARCHAR(300) NOT NULL,
  body TEXT NOT NULL,
  created_at DATETIME NOT NULL,
  attempts INT NOT NULL DEFAULT 0,
  next_attempt_at DATETIME NOT NULL,
  sent_at DATETIME,
  last_error VARCHAR(400)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_plt_outbox_due ON plt_outbox (sent_at, next_attempt_at);
