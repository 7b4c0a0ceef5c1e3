-- Which reminder mails a person wants (issue 17: profile). No row: all of them. Only the daily
-- reminders can be turned off (due soon and overdue; certificate expiring); assignment notices,
-- recertification of a mandatory course, a coordinator's own "Remind" and account mails always go.
CREATE TABLE crd_notification_choice (
  account_id BIGINT PRIMARY KEY,
  due_reminders BOOLEAN NOT NULL,
  expiry_reminders BOOLEAN NOT NULL,
  changed_at DATETIME NOT NULL,
  CONSTRAINT fk_crd_notification_choice_account FOREIGN KEY (account_id) REFERENCES plt_account (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
