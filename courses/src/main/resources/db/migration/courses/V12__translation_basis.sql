-- What each translation of a course's draft was made from: per text ("key:FIELD:language") a
-- fingerprint of the source-language text at the time, so a changed source marks it outdated.
ALTER TABLE crs_course ADD COLUMN translation_basis TEXT NULL;
