-- The one counter trigger left, on this module's own tables: the members of a deleted cohort go by
-- ON DELETE CASCADE, which fires no trigger and runs no Java, so the cohort's counters go here,
-- however the cohort is deleted. It stays a trigger for that reason; everything else the counters
-- follow is published by the module that owns the rows and counted in Java (CompletionCounters;
-- V6 dropped the triggers that did it here on other modules' tables). A repeatable migration:
-- Flyway runs it again, after the versioned ones, whenever this file changes.
DROP TRIGGER IF EXISTS crd_count_cohort_delete;

DELIMITER //

CREATE TRIGGER crd_count_cohort_delete BEFORE DELETE ON crd_cohort FOR EACH ROW
BEGIN
  DELETE FROM crd_completion_count WHERE cohort_id = OLD.id;
  DELETE FROM crd_completion_due WHERE cohort_id = OLD.id;
  DELETE FROM crd_quiz_count WHERE cohort_id = OLD.id;
END//

DELIMITER ;
