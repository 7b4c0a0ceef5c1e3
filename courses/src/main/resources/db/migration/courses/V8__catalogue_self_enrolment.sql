-- Issue 17, catalogue: a trainer opens a course for self-enrolment from the course catalogue.
-- Closed by default, like Moodle's self-enrolment method; the demo's starter courses are opened by
-- the demo set-up.
ALTER TABLE crs_course ADD COLUMN self_enrolment BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX crs_course_catalogue ON crs_course (organisation_id, published_version);
UPDATE crs_course SET self_enrolment = TRUE WHERE demo_key LIKE 'starter-%';
