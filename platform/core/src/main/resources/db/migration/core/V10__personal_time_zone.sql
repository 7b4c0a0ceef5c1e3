-- A person's own time zone (issue 17: profile): dates and times on pages are shown in it; NULL means
-- their organisation's zone (coordination's settings, Europe/Copenhagen unless it chose another).
ALTER TABLE plt_account ADD COLUMN time_zone VARCHAR(64) AFTER locale;
