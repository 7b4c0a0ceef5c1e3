-- The coordinator dashboard's figures kept as counters, so that a report sums a few thousand rows
-- instead of aggregating a country's enrolments and attempts per request (ops/BENCHMARKS.md,
-- dashboard). Triggers keep them right in the same transaction as every change of the rows they
-- count, whoever makes it (the courses module, assessments, cohort imports, plain SQL);
-- CompletionCountsTest compares them with the live aggregation after each kind of change.
--
-- cohort_id 0 counts everyone of an organisation, any other the members of that cohort.
-- organisation_id is the person's organisation (plt_account.organisation_id).
-- status of an active enrolment: N not started, S started, C completed. Whether it is overdue
-- depends on the day it is asked, so plt_completion_due counts the enrolments not completed per due
-- date and the report subtracts those due before today.
--
-- A bulk loader may set @tegn_bulk_load = 1 for its own session to skip the triggers, and must then
-- rebuild the counters (ops/load/generate does; the statements are those at the end of this file).
CREATE TABLE plt_completion_count (
  cohort_id BIGINT NOT NULL,
  organisation_id BIGINT NOT NULL,
  course_id BIGINT NOT NULL,
  status CHAR(1) NOT NULL,
  n BIGINT NOT NULL,
  PRIMARY KEY (cohort_id, organisation_id, course_id, status)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Led by due_on, so "due before today" reads only past dates; a row whose count falls to 0 is
-- deleted, so past dates keep only what is overdue now.
CREATE TABLE plt_completion_due (
  due_on DATE NOT NULL,
  cohort_id BIGINT NOT NULL,
  organisation_id BIGINT NOT NULL,
  course_id BIGINT NOT NULL,
  status CHAR(1) NOT NULL,
  n BIGINT NOT NULL,
  PRIMARY KEY (due_on, cohort_id, organisation_id, course_id, status)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Graded attempts (state SUBMITTED with a score) per quiz.
CREATE TABLE plt_quiz_count (
  cohort_id BIGINT NOT NULL,
  organisation_id BIGINT NOT NULL,
  quiz_id BIGINT NOT NULL,
  attempts BIGINT NOT NULL,
  passed BIGINT NOT NULL,
  score_sum BIGINT NOT NULL,
  PRIMARY KEY (cohort_id, organisation_id, quiz_id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The triggers repeat their statements instead of calling stored procedures, because mariadb-dump
-- (ops/backup) keeps triggers but leaves routines out unless told --routines: a restored database
-- would have triggers calling procedures that are not there.
-- Every trigger writes the rows of cohort 0 first and then the person's cohorts in id order, so two
-- transactions lock counter rows in the same order.
DELIMITER //

CREATE TRIGGER plt_count_enrolment_insert AFTER INSERT ON crs_enrolment FOR EACH ROW
BEGIN
  IF NEW.active AND @tegn_bulk_load IS NULL THEN
    INSERT INTO plt_completion_count (cohort_id, organisation_id, course_id, status, n)
      SELECT k.cohort_id, a.organisation_id, NEW.course_id,
        IF(NEW.completed_at IS NOT NULL, 'C', IF(NEW.started_at IS NOT NULL, 'S', 'N')), 1
      FROM plt_account a JOIN (SELECT 0 cohort_id UNION ALL
        SELECT cohort_id FROM plt_cohort_member WHERE account_id = NEW.account_id) k
      WHERE a.id = NEW.account_id ORDER BY k.cohort_id
      ON DUPLICATE KEY UPDATE n = n + VALUES(n);
    IF NEW.completed_at IS NULL AND NEW.due_on IS NOT NULL THEN
      INSERT INTO plt_completion_due (due_on, cohort_id, organisation_id, course_id, status, n)
        SELECT NEW.due_on, k.cohort_id, a.organisation_id, NEW.course_id,
          IF(NEW.started_at IS NOT NULL, 'S', 'N'), 1
        FROM plt_account a JOIN (SELECT 0 cohort_id UNION ALL
          SELECT cohort_id FROM plt_cohort_member WHERE account_id = NEW.account_id) k
        WHERE a.id = NEW.account_id ORDER BY k.cohort_id
        ON DUPLICATE KEY UPDATE n = n + VALUES(n);
    END IF;
  END IF;
END//

-- An update moves the enrolment from its old key to its new one: subtract the old row, add the new.
CREATE TRIGGER plt_count_enrolment_update AFTER UPDATE ON crs_enrolment FOR EACH ROW
BEGIN
  DECLARE old_status CHAR(1) DEFAULT
    IF(OLD.completed_at IS NOT NULL, 'C', IF(OLD.started_at IS NOT NULL, 'S', 'N'));
  DECLARE new_status CHAR(1) DEFAULT
    IF(NEW.completed_at IS NOT NULL, 'C', IF(NEW.started_at IS NOT NULL, 'S', 'N'));
  DECLARE old_due DATE DEFAULT IF(OLD.completed_at IS NULL, OLD.due_on, NULL);
  DECLARE new_due DATE DEFAULT IF(NEW.completed_at IS NULL, NEW.due_on, NULL);
  DECLARE old_active BOOLEAN DEFAULT OLD.active IS TRUE;
  DECLARE new_active BOOLEAN DEFAULT NEW.active IS TRUE;
  IF @tegn_bulk_load IS NULL AND (old_active OR new_active) AND NOT (old_active = new_active
      AND OLD.account_id = NEW.account_id AND OLD.course_id = NEW.course_id
      AND old_status = new_status AND old_due <=> new_due) THEN
    INSERT INTO plt_completion_count (cohort_id, organisation_id, course_id, status, n)
      SELECT k.cohort_id, a.organisation_id, x.course_id, x.status, x.delta
      FROM (SELECT 0 side, OLD.account_id account_id, OLD.course_id course_id,
          old_status status, -1 delta FROM DUAL WHERE old_active
        UNION ALL SELECT 1, NEW.account_id, NEW.course_id, new_status, 1 FROM DUAL WHERE new_active) x
      JOIN plt_account a ON a.id = x.account_id
      JOIN (SELECT 0 cohort_id, NULL account_id UNION ALL
        SELECT cohort_id, account_id FROM plt_cohort_member
        WHERE account_id IN (OLD.account_id, NEW.account_id)) k
        ON k.account_id IS NULL OR k.account_id = x.account_id
      ORDER BY k.cohort_id, x.side
      ON DUPLICATE KEY UPDATE n = n + VALUES(n);
    INSERT INTO plt_completion_due (due_on, cohort_id, organisation_id, course_id, status, n)
      SELECT x.due_on, k.cohort_id, a.organisation_id, x.course_id, x.status, x.delta
      FROM (SELECT 0 side, old_due due_on, OLD.account_id account_id, OLD.course_id course_id,
          old_status status, -1 delta FROM DUAL WHERE old_active AND old_due IS NOT NULL
        UNION ALL SELECT 1, new_due, NEW.account_id, NEW.course_id, new_status, 1
          FROM DUAL WHERE new_active AND new_due IS NOT NULL) x
      JOIN plt_account a ON a.id = x.account_id
      JOIN (SELECT 0 cohort_id, NULL account_id UNION ALL
        SELECT cohort_id, account_id FROM plt_cohort_member
        WHERE account_id IN (OLD.account_id, NEW.account_id)) k
        ON k.account_id IS NULL OR k.account_id = x.account_id
      ORDER BY k.cohort_id, x.side
      ON DUPLICATE KEY UPDATE n = n + VALUES(n);
    IF old_active AND old_due IS NOT NULL THEN
      DELETE d FROM plt_completion_due d
        JOIN plt_account a ON a.id = OLD.account_id
        JOIN (SELECT 0 cohort_id UNION ALL
          SELECT cohort_id FROM plt_cohort_member WHERE account_id = OLD.account_id) k
        ON d.due_on = old_due AND d.cohort_id = k.cohort_id
          AND d.organisation_id = a.organisation_id AND d.course_id = OLD.course_id
          AND d.status = old_status
        WHERE d.n = 0;
    END IF;
  END IF;
END//

CREATE TRIGGER plt_count_enrolment_delete AFTER DELETE ON crs_enrolment FOR EACH ROW
BEGIN
  IF OLD.active AND @tegn_bulk_load IS NULL THEN
    INSERT INTO plt_completion_count (cohort_id, organisation_id, course_id, status, n)
      SELECT k.cohort_id, a.organisation_id, OLD.course_id,
        IF(OLD.completed_at IS NOT NULL, 'C', IF(OLD.started_at IS NOT NULL, 'S', 'N')), -1
      FROM plt_account a JOIN (SELECT 0 cohort_id UNION ALL
        SELECT cohort_id FROM plt_cohort_member WHERE account_id = OLD.account_id) k
      WHERE a.id = OLD.account_id ORDER BY k.cohort_id
      ON DUPLICATE KEY UPDATE n = n + VALUES(n);
    IF OLD.completed_at IS NULL AND OLD.due_on IS NOT NULL THEN
      INSERT INTO plt_completion_due (due_on, cohort_id, organisation_id, course_id, status, n)
        SELECT OLD.due_on, k.cohort_id, a.organisation_id, OLD.course_id,
          IF(OLD.started_at IS NOT NULL, 'S', 'N'), -1
        FROM plt_account a JOIN (SELECT 0 cohort_id UNION ALL
          SELECT cohort_id FROM plt_cohort_member WHERE account_id = OLD.account_id) k
        WHERE a.id = OLD.account_id ORDER BY k.cohort_id
        ON DUPLICATE KEY UPDATE n = n + VALUES(n);
      DELETE d FROM plt_completion_due d
        JOIN plt_account a ON a.id = OLD.account_id
        JOIN (SELECT 0 cohort_id UNION ALL
          SELECT cohort_id FROM plt_cohort_member WHERE account_id = OLD.account_id) k
        ON d.due_on = OLD.due_on AND d.cohort_id = k.cohort_id
          AND d.organisation_id = a.organisation_id AND d.course_id = OLD.course_id
          AND d.status = IF(OLD.started_at IS NOT NULL, 'S', 'N')
        WHERE d.n = 0;
    END IF;
  END IF;
END//

-- Graded attempts: counted once state is SUBMITTED and a score is set.
CREATE TRIGGER plt_count_attempt_insert AFTER INSERT ON asm_attempt FOR EACH ROW
BEGIN
  IF NEW.state = 'SUBMITTED' AND NEW.score_percent IS NOT NULL AND @tegn_bulk_load IS NULL THEN
    INSERT INTO plt_quiz_count (cohort_id, organisation_id, quiz_id, attempts, passed, score_sum)
      SELECT k.cohort_id, a.organisation_id, NEW.quiz_id, 1, IF(NEW.passed, 1, 0),
        NEW.score_percent
      FROM plt_account a JOIN (SELECT 0 cohort_id UNION ALL
        SELECT cohort_id FROM plt_cohort_member WHERE account_id = NEW.learner_id) k
      WHERE a.id = NEW.learner_id ORDER BY k.cohort_id
      ON DUPLICATE KEY UPDATE attempts = attempts + VALUES(attempts),
        passed = passed + VALUES(passed), score_sum = score_sum + VALUES(score_sum);
  END IF;
END//

CREATE TRIGGER plt_count_attempt_update AFTER UPDATE ON asm_attempt FOR EACH ROW
BEGIN
  DECLARE old_counted BOOLEAN DEFAULT OLD.state = 'SUBMITTED' AND OLD.score_percent IS NOT NULL;
  DECLARE new_counted BOOLEAN DEFAULT NEW.state = 'SUBMITTED' AND NEW.score_percent IS NOT NULL;
  IF @tegn_bulk_load IS NULL AND (old_counted OR new_counted) AND NOT (old_counted = new_counted
      AND OLD.learner_id = NEW.learner_id AND OLD.quiz_id = NEW.quiz_id
      AND OLD.score_percent = NEW.score_percent AND (OLD.passed IS TRUE) = (NEW.passed IS TRUE)) THEN
    INSERT INTO plt_quiz_count (cohort_id, organisation_id, quiz_id, attempts, passed, score_sum)
      SELECT k.cohort_id, a.organisation_id, x.quiz_id, x.delta, x.delta * x.won,
        x.delta * x.score
      FROM (SELECT 0 side, OLD.learner_id learner_id, OLD.quiz_id quiz_id,
          IF(OLD.passed, 1, 0) won, OLD.score_percent score, -1 delta FROM DUAL WHERE old_counted
        UNION ALL SELECT 1, NEW.learner_id, NEW.quiz_id, IF(NEW.passed, 1, 0), NEW.score_percent, 1
          FROM DUAL WHERE new_counted) x
      JOIN plt_account a ON a.id = x.learner_id
      JOIN (SELECT 0 cohort_id, NULL account_id UNION ALL
        SELECT cohort_id, account_id FROM plt_cohort_member
        WHERE account_id IN (OLD.learner_id, NEW.learner_id)) k
        ON k.account_id IS NULL OR k.account_id = x.learner_id
      ORDER BY k.cohort_id, x.side
      ON DUPLICATE KEY UPDATE attempts = attempts + VALUES(attempts),
        passed = passed + VALUES(passed), score_sum = score_sum + VALUES(score_sum);
  END IF;
END//

CREATE TRIGGER plt_count_attempt_delete AFTER DELETE ON asm_attempt FOR EACH ROW
BEGIN
  IF OLD.state = 'SUBMITTED' AND OLD.score_percent IS NOT NULL AND @tegn_bulk_load IS NULL THEN
    INSERT INTO plt_quiz_count (cohort_id, organisation_id, quiz_id, attempts, passed, score_sum)
      SELECT k.cohort_id, a.organisation_id, OLD.quiz_id, -1, -IF(OLD.passed, 1, 0),
        -OLD.score_percent
      FROM plt_account a JOIN (SELECT 0 cohort_id UNION ALL
        SELECT cohort_id FROM plt_cohort_member WHERE account_id = OLD.learner_id) k
      WHERE a.id = OLD.learner_id ORDER BY k.cohort_id
      ON DUPLICATE KEY UPDATE attempts = attempts + VALUES(attempts),
        passed = passed + VALUES(passed), score_sum = score_sum + VALUES(score_sum);
  END IF;
END//

-- Joining a cohort adds the person's active enrolments and graded attempts to its counters;
-- leaving it takes them away.
CREATE TRIGGER plt_count_member_insert AFTER INSERT ON plt_cohort_member FOR EACH ROW
BEGIN
  IF @tegn_bulk_load IS NULL THEN
    INSERT INTO plt_completion_count (cohort_id, organisation_id, course_id, status, n)
      SELECT NEW.cohort_id, a.organisation_id, e.course_id,
        IF(e.completed_at IS NOT NULL, 'C', IF(e.started_at IS NOT NULL, 'S', 'N')) s, COUNT(*)
      FROM crs_enrolment e JOIN plt_account a ON a.id = e.account_id
      WHERE e.account_id = NEW.account_id AND e.active = TRUE
      GROUP BY a.organisation_id, e.course_id, s
      ON DUPLICATE KEY UPDATE n = n + VALUES(n);
    INSERT INTO plt_completion_due (due_on, cohort_id, organisation_id, course_id, status, n)
      SELECT e.due_on, NEW.cohort_id, a.organisation_id, e.course_id,
        IF(e.started_at IS NOT NULL, 'S', 'N') s, COUNT(*)
      FROM crs_enrolment e JOIN plt_account a ON a.id = e.account_id
      WHERE e.account_id = NEW.account_id AND e.active = TRUE AND e.completed_at IS NULL
        AND e.due_on IS NOT NULL
      GROUP BY e.due_on, a.organisation_id, e.course_id, s
      ON DUPLICATE KEY UPDATE n = n + VALUES(n);
    INSERT INTO plt_quiz_count (cohort_id, organisation_id, quiz_id, attempts, passed, score_sum)
      SELECT NEW.cohort_id, a.organisation_id, t.quiz_id, COUNT(*), SUM(IF(t.passed, 1, 0)),
        SUM(t.score_percent)
      FROM asm_attempt t JOIN plt_account a ON a.id = t.learner_id
      WHERE t.learner_id = NEW.account_id AND t.state = 'SUBMITTED'
        AND t.score_percent IS NOT NULL
      GROUP BY a.organisation_id, t.quiz_id
      ON DUPLICATE KEY UPDATE attempts = attempts + VALUES(attempts),
        passed = passed + VALUES(passed), score_sum = score_sum + VALUES(score_sum);
  END IF;
END//

CREATE TRIGGER plt_count_member_delete AFTER DELETE ON plt_cohort_member FOR EACH ROW
BEGIN
  IF @tegn_bulk_load IS NULL THEN
    INSERT INTO plt_completion_count (cohort_id, organisation_id, course_id, status, n)
      SELECT OLD.cohort_id, a.organisation_id, e.course_id,
        IF(e.completed_at IS NOT NULL, 'C', IF(e.started_at IS NOT NULL, 'S', 'N')) s, -COUNT(*)
      FROM crs_enrolment e JOIN plt_account a ON a.id = e.account_id
      WHERE e.account_id = OLD.account_id AND e.active = TRUE
      GROUP BY a.organisation_id, e.course_id, s
      ON DUPLICATE KEY UPDATE n = n + VALUES(n);
    INSERT INTO plt_completion_due (due_on, cohort_id, organisation_id, course_id, status, n)
      SELECT e.due_on, OLD.cohort_id, a.organisation_id, e.course_id,
        IF(e.started_at IS NOT NULL, 'S', 'N') s, -COUNT(*)
      FROM crs_enrolment e JOIN plt_account a ON a.id = e.account_id
      WHERE e.account_id = OLD.account_id AND e.active = TRUE AND e.completed_at IS NULL
        AND e.due_on IS NOT NULL
      GROUP BY e.due_on, a.organisation_id, e.course_id, s
      ON DUPLICATE KEY UPDATE n = n + VALUES(n);
    DELETE d FROM plt_completion_due d
      JOIN (SELECT DISTINCT e.due_on FROM crs_enrolment e WHERE e.account_id = OLD.account_id
        AND e.active = TRUE AND e.completed_at IS NULL AND e.due_on IS NOT NULL) x
      ON d.due_on = x.due_on AND d.cohort_id = OLD.cohort_id
      WHERE d.n = 0;
    INSERT INTO plt_quiz_count (cohort_id, organisation_id, quiz_id, attempts, passed, score_sum)
      SELECT OLD.cohort_id, a.organisation_id, t.quiz_id, -COUNT(*), -SUM(IF(t.passed, 1, 0)),
        -SUM(t.score_percent)
      FROM asm_attempt t JOIN plt_account a ON a.id = t.learner_id
      WHERE t.learner_id = OLD.account_id AND t.state = 'SUBMITTED'
        AND t.score_percent IS NOT NULL
      GROUP BY a.organisation_id, t.quiz_id
      ON DUPLICATE KEY UPDATE attempts = attempts + VALUES(attempts),
        passed = passed + VALUES(passed), score_sum = score_sum + VALUES(score_sum);
  END IF;
END//

-- Members of a deleted cohort go by ON DELETE CASCADE, which fires no trigger: the cohort's
-- counters go here instead.
CREATE TRIGGER plt_count_cohort_delete BEFORE DELETE ON plt_cohort FOR EACH ROW
BEGIN
  DELETE FROM plt_completion_count WHERE cohort_id = OLD.id;
  DELETE FROM plt_quiz_count WHERE cohort_id = OLD.id;
  DELETE d FROM plt_completion_due d
    JOIN (SELECT DISTINCT e.due_on FROM plt_cohort_member m
      JOIN crs_enrolment e ON e.account_id = m.account_id
      WHERE m.cohort_id = OLD.id AND e.active = TRUE AND e.completed_at IS NULL
        AND e.due_on IS NOT NULL) x
    ON d.due_on = x.due_on AND d.cohort_id = OLD.id;
END//

-- A person who moves to another organisation takes their counts along.
CREATE TRIGGER plt_count_account_move AFTER UPDATE ON plt_account FOR EACH ROW
BEGIN
  IF NOT (OLD.organisation_id <=> NEW.organisation_id) AND @tegn_bulk_load IS NULL THEN
    INSERT INTO plt_completion_count (cohort_id, organisation_id, course_id, status, n)
      SELECT k.cohort_id, o.organisation_id, e.course_id,
        IF(e.completed_at IS NOT NULL, 'C', IF(e.started_at IS NOT NULL, 'S', 'N')) s,
        o.delta * COUNT(*)
      FROM crs_enrolment e
      JOIN (SELECT 0 cohort_id UNION ALL
        SELECT cohort_id FROM plt_cohort_member WHERE account_id = NEW.id) k
      JOIN (SELECT OLD.organisation_id organisation_id, -1 delta UNION ALL
        SELECT NEW.organisation_id, 1) o
      WHERE e.account_id = NEW.id AND e.active = TRUE
      GROUP BY k.cohort_id, o.delta, o.organisation_id, e.course_id, s
      ORDER BY k.cohort_id, o.delta
      ON DUPLICATE KEY UPDATE n = n + VALUES(n);
    INSERT INTO plt_completion_due (due_on, cohort_id, organisation_id, course_id, status, n)
      SELECT e.due_on, k.cohort_id, o.organisation_id, e.course_id,
        IF(e.started_at IS NOT NULL, 'S', 'N') s, o.delta * COUNT(*)
      FROM crs_enrolment e
      JOIN (SELECT 0 cohort_id UNION ALL
        SELECT cohort_id FROM plt_cohort_member WHERE account_id = NEW.id) k
      JOIN (SELECT OLD.organisation_id organisation_id, -1 delta UNION ALL
        SELECT NEW.organisation_id, 1) o
      WHERE e.account_id = NEW.id AND e.active = TRUE AND e.completed_at IS NULL
        AND e.due_on IS NOT NULL
      GROUP BY e.due_on, k.cohort_id, o.delta, o.organisation_id, e.course_id, s
      ORDER BY e.due_on, k.cohort_id, o.delta
      ON DUPLICATE KEY UPDATE n = n + VALUES(n);
    DELETE d FROM plt_completion_due d
      JOIN (SELECT DISTINCT e.due_on FROM crs_enrolment e WHERE e.account_id = NEW.id
        AND e.active = TRUE AND e.completed_at IS NULL AND e.due_on IS NOT NULL) x
      ON d.due_on = x.due_on AND d.organisation_id = OLD.organisation_id
      WHERE d.n = 0;
    INSERT INTO plt_quiz_count (cohort_id, organisation_id, quiz_id, attempts, passed, score_sum)
      SELECT k.cohort_id, o.organisation_id, t.quiz_id, o.delta * COUNT(*),
        o.delta * SUM(IF(t.passed, 1, 0)), o.delta * SUM(t.score_percent)
      FROM asm_attempt t
      JOIN (SELECT 0 cohort_id UNION ALL
        SELECT cohort_id FROM plt_cohort_member WHERE account_id = NEW.id) k
      JOIN (SELECT OLD.organisation_id organisation_id, -1 delta UNION ALL
        SELECT NEW.organisation_id, 1) o
      WHERE t.learner_id = NEW.id AND t.state = 'SUBMITTED' AND t.score_percent IS NOT NULL
      GROUP BY k.cohort_id, o.delta, o.organisation_id, t.quiz_id
      ORDER BY k.cohort_id, o.delta
      ON DUPLICATE KEY UPDATE attempts = attempts + VALUES(attempts),
        passed = passed + VALUES(passed), score_sum = score_sum + VALUES(score_sum);
  END IF;
END//

DELIMITER ;

-- The counts of what is already there.
INSERT INTO plt_completion_count (cohort_id, organisation_id, course_id, status, n)
  SELECT 0, a.organisation_id, e.course_id,
    IF(e.completed_at IS NOT NULL, 'C', IF(e.started_at IS NOT NULL, 'S', 'N')) s, COUNT(*)
  FROM crs_enrolment e JOIN plt_account a ON a.id = e.account_id
  WHERE e.active = TRUE GROUP BY a.organisation_id, e.course_id, s;
INSERT INTO plt_completion_count (cohort_id, organisation_id, course_id, status, n)
  SELECT m.cohort_id, a.organisation_id, e.course_id,
    IF(e.completed_at IS NOT NULL, 'C', IF(e.started_at IS NOT NULL, 'S', 'N')) s, COUNT(*)
  FROM crs_enrolment e JOIN plt_account a ON a.id = e.account_id
  JOIN plt_cohort_member m ON m.account_id = e.account_id
  WHERE e.active = TRUE GROUP BY m.cohort_id, a.organisation_id, e.course_id, s;
INSERT INTO plt_completion_due (due_on, cohort_id, organisation_id, course_id, status, n)
  SELECT e.due_on, 0, a.organisation_id, e.course_id,
    IF(e.started_at IS NOT NULL, 'S', 'N') s, COUNT(*)
  FROM crs_enrolment e JOIN plt_account a ON a.id = e.account_id
  WHERE e.active = TRUE AND e.completed_at IS NULL AND e.due_on IS NOT NULL
  GROUP BY e.due_on, a.organisation_id, e.course_id, s;
INSERT INTO plt_completion_due (due_on, cohort_id, organisation_id, course_id, status, n)
  SELECT e.due_on, m.cohort_id, a.organisation_id, e.course_id,
    IF(e.started_at IS NOT NULL, 'S', 'N') s, COUNT(*)
  FROM crs_enrolment e JOIN plt_account a ON a.id = e.account_id
  JOIN plt_cohort_member m ON m.account_id = e.account_id
  WHERE e.active = TRUE AND e.completed_at IS NULL AND e.due_on IS NOT NULL
  GROUP BY e.due_on, m.cohort_id, a.organisation_id, e.course_id, s;
INSERT INTO plt_quiz_count (cohort_id, organisation_id, quiz_id, attempts, passed, score_sum)
  SELECT 0, a.organisation_id, t.quiz_id, COUNT(*), SUM(IF(t.passed, 1, 0)), SUM(t.score_percent)
  FROM asm_attempt t JOIN plt_account a ON a.id = t.learner_id
  WHERE t.state = 'SUBMITTED' AND t.score_percent IS NOT NULL
  GROUP BY a.organisation_id, t.quiz_id;
INSERT INTO plt_quiz_count (cohort_id, organisation_id, quiz_id, attempts, passed, score_sum)
  SELECT m.cohort_id, a.organisation_id, t.quiz_id, COUNT(*), SUM(IF(t.passed, 1, 0)),
    SUM(t.score_percent)
  FROM asm_attempt t JOIN plt_account a ON a.id = t.learner_id
  JOIN plt_cohort_member m ON m.account_id = t.learner_id
  WHERE t.state = 'SUBMITTED' AND t.score_percent IS NOT NULL
  GROUP BY m.cohort_id, a.organisation_id, t.quiz_id;
