-- The counter triggers on the hot paths (an enrolment or an attempt written), replacing V2's:
-- V2's INSERT ... SELECT over derived UNION tables cost about 2 ms per changed row (10,000 due dates
-- moved: 18-21 s with the triggers, 0.2 s without, load average 8). Here the organisation is read
-- once into a variable and every counter row is a single-row upsert, the person's cohorts visited
-- one by one (12.8 s for the same 10,000 rows at load average 28, where the bare update took 1.0 s:
-- ops/BENCHMARKS.md, dashboard). Same counts as V2 (CompletionCountsTest). A repeatable migration:
-- Flyway runs it again, after the versioned ones, whenever this file changes. The triggers on
-- memberships, cohorts and accounts are V2's as they were (V4 dropped them with the plt_ names).
--
-- Lock order as in V2: the organisation's rows (cohort 0) before the cohorts' rows, cohorts in id
-- order, the old key before the new one. The organisation and the memberships are read with shared
-- locks, as V2's INSERT ... SELECT read them, so a person moving to another organisation or joining
-- a cohort at the same time waits or is waited for instead of being counted twice or not at all.
-- Between a DROP and its CREATE below a write would go uncounted (MySQL 8 has no CREATE OR REPLACE
-- TRIGGER): when this file changes, start the first instance of a cluster alone.
DROP TRIGGER IF EXISTS crd_count_enrolment_insert;
DROP TRIGGER IF EXISTS crd_count_enrolment_update;
DROP TRIGGER IF EXISTS crd_count_enrolment_delete;
DROP TRIGGER IF EXISTS crd_count_attempt_insert;
DROP TRIGGER IF EXISTS crd_count_attempt_update;
DROP TRIGGER IF EXISTS crd_count_attempt_delete;
DROP TRIGGER IF EXISTS crd_count_member_insert;
DROP TRIGGER IF EXISTS crd_count_member_delete;
DROP TRIGGER IF EXISTS crd_count_cohort_delete;
DROP TRIGGER IF EXISTS crd_count_account_move;

DELIMITER //

CREATE TRIGGER crd_count_enrolment_insert AFTER INSERT ON crs_enrolment FOR EACH ROW
BEGIN
  DECLARE c BIGINT;
  DECLARE org BIGINT;
  DECLARE st CHAR(1) DEFAULT
    IF(NEW.completed_at IS NOT NULL, 'C', IF(NEW.started_at IS NOT NULL, 'S', 'N'));
  DECLARE due DATE DEFAULT IF(NEW.completed_at IS NULL, NEW.due_on, NULL);
  IF NEW.active AND @tegn_bulk_load IS NULL THEN
    SELECT organisation_id INTO org FROM plt_account WHERE id = NEW.account_id LOCK IN SHARE MODE;
    INSERT INTO crd_completion_count (cohort_id, organisation_id, course_id, status, n)
      VALUES (0, org, NEW.course_id, st, 1) ON DUPLICATE KEY UPDATE n = n + 1;
    IF due IS NOT NULL THEN
      INSERT INTO crd_completion_due (due_on, cohort_id, organisation_id, course_id, status, n)
        VALUES (due, 0, org, NEW.course_id, st, 1) ON DUPLICATE KEY UPDATE n = n + 1;
    END IF;
    SET c = 0;
    member: LOOP
      SELECT MIN(cohort_id) INTO c FROM crd_cohort_member
        WHERE account_id = NEW.account_id AND cohort_id > c LOCK IN SHARE MODE;
      IF c IS NULL THEN
        LEAVE member;
      END IF;
      INSERT INTO crd_completion_count (cohort_id, organisation_id, course_id, status, n)
        VALUES (c, org, NEW.course_id, st, 1) ON DUPLICATE KEY UPDATE n = n + 1;
      IF due IS NOT NULL THEN
        INSERT INTO crd_completion_due (due_on, cohort_id, organisation_id, course_id, status, n)
          VALUES (due, c, org, NEW.course_id, st, 1) ON DUPLICATE KEY UPDATE n = n + 1;
      END IF;
    END LOOP;
  END IF;
END//

CREATE TRIGGER crd_count_enrolment_update AFTER UPDATE ON crs_enrolment FOR EACH ROW
BEGIN
  DECLARE c BIGINT;
  DECLARE old_org BIGINT;
  DECLARE new_org BIGINT;
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
    IF old_active THEN
      SELECT organisation_id INTO old_org FROM plt_account WHERE id = OLD.account_id
        LOCK IN SHARE MODE;
    END IF;
    IF new_active THEN
      SELECT organisation_id INTO new_org FROM plt_account WHERE id = NEW.account_id
        LOCK IN SHARE MODE;
    END IF;
    -- the organisation's rows
    IF old_active THEN
      INSERT INTO crd_completion_count (cohort_id, organisation_id, course_id, status, n)
        VALUES (0, old_org, OLD.course_id, old_status, -1) ON DUPLICATE KEY UPDATE n = n - 1;
      IF old_due IS NOT NULL THEN
        INSERT INTO crd_completion_due (due_on, cohort_id, organisation_id, course_id, status, n)
          VALUES (old_due, 0, old_org, OLD.course_id, old_status, -1)
          ON DUPLICATE KEY UPDATE n = n - 1;
        DELETE FROM crd_completion_due WHERE due_on = old_due AND cohort_id = 0
          AND organisation_id = old_org AND course_id = OLD.course_id AND status = old_status
          AND n = 0;
      END IF;
    END IF;
    IF new_active THEN
      INSERT INTO crd_completion_count (cohort_id, organisation_id, course_id, status, n)
        VALUES (0, new_org, NEW.course_id, new_status, 1) ON DUPLICATE KEY UPDATE n = n + 1;
      IF new_due IS NOT NULL THEN
        INSERT INTO crd_completion_due (due_on, cohort_id, organisation_id, course_id, status, n)
          VALUES (new_due, 0, new_org, NEW.course_id, new_status, 1)
          ON DUPLICATE KEY UPDATE n = n + 1;
      END IF;
    END IF;
    -- the rows of the person's cohorts, old key before new key in each
    SET c = 0;
    member: LOOP
      SELECT MIN(cohort_id) INTO c FROM crd_cohort_member
        WHERE account_id = NEW.account_id AND cohort_id > c LOCK IN SHARE MODE;
      IF c IS NULL THEN
        LEAVE member;
      END IF;
      IF old_active AND OLD.account_id = NEW.account_id THEN
        INSERT INTO crd_completion_count (cohort_id, organisation_id, course_id, status, n)
          VALUES (c, old_org, OLD.course_id, old_status, -1) ON DUPLICATE KEY UPDATE n = n - 1;
        IF old_due IS NOT NULL THEN
          INSERT INTO crd_completion_due (due_on, cohort_id, organisation_id, course_id, status,
            n) VALUES (old_due, c, old_org, OLD.course_id, old_status, -1)
            ON DUPLICATE KEY UPDATE n = n - 1;
          DELETE FROM crd_completion_due WHERE due_on = old_due AND cohort_id = c
            AND organisation_id = old_org AND course_id = OLD.course_id AND status = old_status
            AND n = 0;
        END IF;
      END IF;
      IF new_active THEN
        INSERT INTO crd_completion_count (cohort_id, organisation_id, course_id, status, n)
          VALUES (c, new_org, NEW.course_id, new_status, 1) ON DUPLICATE KEY UPDATE n = n + 1;
        IF new_due IS NOT NULL THEN
          INSERT INTO crd_completion_due (due_on, cohort_id, organisation_id, course_id, status,
            n) VALUES (new_due, c, new_org, NEW.course_id, new_status, 1)
            ON DUPLICATE KEY UPDATE n = n + 1;
        END IF;
      END IF;
    END LOOP;
    IF old_active AND OLD.account_id <> NEW.account_id THEN
      SET c = 0;
      old_member: LOOP
        SELECT MIN(cohort_id) INTO c FROM crd_cohort_member
          WHERE account_id = OLD.account_id AND cohort_id > c LOCK IN SHARE MODE;
        IF c IS NULL THEN
          LEAVE old_member;
        END IF;
        INSERT INTO crd_completion_count (cohort_id, organisation_id, course_id, status, n)
          VALUES (c, old_org, OLD.course_id, old_status, -1) ON DUPLICATE KEY UPDATE n = n - 1;
        IF old_due IS NOT NULL THEN
          INSERT INTO crd_completion_due (due_on, cohort_id, organisation_id, course_id, status,
            n) VALUES (old_due, c, old_org, OLD.course_id, old_status, -1)
            ON DUPLICATE KEY UPDATE n = n - 1;
          DELETE FROM crd_completion_due WHERE due_on = old_due AND cohort_id = c
            AND organisation_id = old_org AND course_id = OLD.course_id AND status = old_status
            AND n = 0;
        END IF;
      END LOOP;
    END IF;
  END IF;
END//

CREATE TRIGGER crd_count_enrolment_delete AFTER DELETE ON crs_enrolment FOR EACH ROW
BEGIN
  DECLARE c BIGINT;
  DECLARE org BIGINT;
  DECLARE st CHAR(1) DEFAULT
    IF(OLD.completed_at IS NOT NULL, 'C', IF(OLD.started_at IS NOT NULL, 'S', 'N'));
  DECLARE due DATE DEFAULT IF(OLD.completed_at IS NULL, OLD.due_on, NULL);
  IF OLD.active AND @tegn_bulk_load IS NULL THEN
    SELECT organisation_id INTO org FROM plt_account WHERE id = OLD.account_id LOCK IN SHARE MODE;
    INSERT INTO crd_completion_count (cohort_id, organisation_id, course_id, status, n)
      VALUES (0, org, OLD.course_id, st, -1) ON DUPLICATE KEY UPDATE n = n - 1;
    IF due IS NOT NULL THEN
      INSERT INTO crd_completion_due (due_on, cohort_id, organisation_id, course_id, status, n)
        VALUES (due, 0, org, OLD.course_id, st, -1) ON DUPLICATE KEY UPDATE n = n - 1;
      DELETE FROM crd_completion_due WHERE due_on = due AND cohort_id = 0
        AND organisation_id = org AND course_id = OLD.course_id AND status = st AND n = 0;
    END IF;
    SET c = 0;
    member: LOOP
      SELECT MIN(cohort_id) INTO c FROM crd_cohort_member
        WHERE account_id = OLD.account_id AND cohort_id > c LOCK IN SHARE MODE;
      IF c IS NULL THEN
        LEAVE member;
      END IF;
      INSERT INTO crd_completion_count (cohort_id, organisation_id, course_id, status, n)
        VALUES (c, org, OLD.course_id, st, -1) ON DUPLICATE KEY UPDATE n = n - 1;
      IF due IS NOT NULL THEN
        INSERT INTO crd_completion_due (due_on, cohort_id, organisation_id, course_id, status, n)
          VALUES (due, c, org, OLD.course_id, st, -1) ON DUPLICATE KEY UPDATE n = n - 1;
        DELETE FROM crd_completion_due WHERE due_on = due AND cohort_id = c
          AND organisation_id = org AND course_id = OLD.course_id AND status = st AND n = 0;
      END IF;
    END LOOP;
  END IF;
END//

CREATE TRIGGER crd_count_attempt_insert AFTER INSERT ON asm_attempt FOR EACH ROW
BEGIN
  DECLARE c BIGINT;
  DECLARE org BIGINT;
  DECLARE won INT DEFAULT IF(NEW.passed, 1, 0);
  IF NEW.state = 'SUBMITTED' AND NEW.score_percent IS NOT NULL AND @tegn_bulk_load IS NULL THEN
    SELECT organisation_id INTO org FROM plt_account WHERE id = NEW.learner_id LOCK IN SHARE MODE;
    INSERT INTO crd_quiz_count (cohort_id, organisation_id, quiz_id, context_id, attempts, passed, score_sum)
      VALUES (0, org, NEW.quiz_id, NEW.context_id, 1, won, NEW.score_percent)
      ON DUPLICATE KEY UPDATE attempts = attempts + 1, passed = passed + won,
        score_sum = score_sum + NEW.score_percent;
    SET c = 0;
    member: LOOP
      SELECT MIN(cohort_id) INTO c FROM crd_cohort_member
        WHERE account_id = NEW.learner_id AND cohort_id > c LOCK IN SHARE MODE;
      IF c IS NULL THEN
        LEAVE member;
      END IF;
      INSERT INTO crd_quiz_count (cohort_id, organisation_id, quiz_id, context_id, attempts, passed,
        score_sum) VALUES (c, org, NEW.quiz_id, NEW.context_id, 1, won, NEW.score_percent)
        ON DUPLICATE KEY UPDATE attempts = attempts + 1, passed = passed + won,
          score_sum = score_sum + NEW.score_percent;
    END LOOP;
  END IF;
END//

CREATE TRIGGER crd_count_attempt_update AFTER UPDATE ON asm_attempt FOR EACH ROW
BEGIN
  DECLARE c BIGINT;
  DECLARE old_org BIGINT;
  DECLARE new_org BIGINT;
  DECLARE old_counted BOOLEAN DEFAULT OLD.state = 'SUBMITTED' AND OLD.score_percent IS NOT NULL;
  DECLARE new_counted BOOLEAN DEFAULT NEW.state = 'SUBMITTED' AND NEW.score_percent IS NOT NULL;
  DECLARE old_won INT DEFAULT IF(OLD.passed, 1, 0);
  DECLARE new_won INT DEFAULT IF(NEW.passed, 1, 0);
  IF @tegn_bulk_load IS NULL AND (old_counted OR new_counted) AND NOT (old_counted = new_counted
      AND OLD.learner_id = NEW.learner_id AND OLD.quiz_id = NEW.quiz_id
      AND OLD.context_id = NEW.context_id
      AND OLD.score_percent = NEW.score_percent AND old_won = new_won) THEN
    IF old_counted THEN
      SELECT organisation_id INTO old_org FROM plt_account WHERE id = OLD.learner_id
        LOCK IN SHARE MODE;
      INSERT INTO crd_quiz_count (cohort_id, organisation_id, quiz_id, context_id, attempts, passed, score_sum)
        VALUES (0, old_org, OLD.quiz_id, OLD.context_id, -1, -old_won, -OLD.score_percent)
        ON DUPLICATE KEY UPDATE attempts = attempts - 1, passed = passed - old_won,
          score_sum = score_sum - OLD.score_percent;
    END IF;
    IF new_counted THEN
      SELECT organisation_id INTO new_org FROM plt_account WHERE id = NEW.learner_id
        LOCK IN SHARE MODE;
      INSERT INTO crd_quiz_count (cohort_id, organisation_id, quiz_id, context_id, attempts, passed, score_sum)
        VALUES (0, new_org, NEW.quiz_id, NEW.context_id, 1, new_won, NEW.score_percent)
        ON DUPLICATE KEY UPDATE attempts = attempts + 1, passed = passed + new_won,
          score_sum = score_sum + NEW.score_percent;
    END IF;
    SET c = 0;
    member: LOOP
      SELECT MIN(cohort_id) INTO c FROM crd_cohort_member
        WHERE account_id = NEW.learner_id AND cohort_id > c LOCK IN SHARE MODE;
      IF c IS NULL THEN
        LEAVE member;
      END IF;
      IF old_counted AND OLD.learner_id = NEW.learner_id THEN
        INSERT INTO crd_quiz_count (cohort_id, organisation_id, quiz_id, context_id, attempts, passed,
          score_sum) VALUES (c, old_org, OLD.quiz_id, OLD.context_id, -1, -old_won, -OLD.score_percent)
          ON DUPLICATE KEY UPDATE attempts = attempts - 1, passed = passed - old_won,
            score_sum = score_sum - OLD.score_percent;
      END IF;
      IF new_counted THEN
        INSERT INTO crd_quiz_count (cohort_id, organisation_id, quiz_id, context_id, attempts, passed,
          score_sum) VALUES (c, new_org, NEW.quiz_id, NEW.context_id, 1, new_won, NEW.score_percent)
          ON DUPLICATE KEY UPDATE attempts = attempts + 1, passed = passed + new_won,
            score_sum = score_sum + NEW.score_percent;
      END IF;
    END LOOP;
    IF old_counted AND OLD.learner_id <> NEW.learner_id THEN
      SET c = 0;
      old_member: LOOP
        SELECT MIN(cohort_id) INTO c FROM crd_cohort_member
          WHERE account_id = OLD.learner_id AND cohort_id > c LOCK IN SHARE MODE;
        IF c IS NULL THEN
          LEAVE old_member;
        END IF;
        INSERT INTO crd_quiz_count (cohort_id, organisation_id, quiz_id, context_id, attempts, passed,
          score_sum) VALUES (c, old_org, OLD.quiz_id, OLD.context_id, -1, -old_won, -OLD.score_percent)
          ON DUPLICATE KEY UPDATE attempts = attempts - 1, passed = passed - old_won,
            score_sum = score_sum - OLD.score_percent;
      END LOOP;
    END IF;
  END IF;
END//

CREATE TRIGGER crd_count_attempt_delete AFTER DELETE ON asm_attempt FOR EACH ROW
BEGIN
  DECLARE c BIGINT;
  DECLARE org BIGINT;
  DECLARE won INT DEFAULT IF(OLD.passed, 1, 0);
  IF OLD.state = 'SUBMITTED' AND OLD.score_percent IS NOT NULL AND @tegn_bulk_load IS NULL THEN
    SELECT organisation_id INTO org FROM plt_account WHERE id = OLD.learner_id LOCK IN SHARE MODE;
    INSERT INTO crd_quiz_count (cohort_id, organisation_id, quiz_id, context_id, attempts, passed, score_sum)
      VALUES (0, org, OLD.quiz_id, OLD.context_id, -1, -won, -OLD.score_percent)
      ON DUPLICATE KEY UPDATE attempts = attempts - 1, passed = passed - won,
        score_sum = score_sum - OLD.score_percent;
    SET c = 0;
    member: LOOP
      SELECT MIN(cohort_id) INTO c FROM crd_cohort_member
        WHERE account_id = OLD.learner_id AND cohort_id > c LOCK IN SHARE MODE;
      IF c IS NULL THEN
        LEAVE member;
      END IF;
      INSERT INTO crd_quiz_count (cohort_id, organisation_id, quiz_id, context_id, attempts, passed,
        score_sum) VALUES (c, org, OLD.quiz_id, OLD.context_id, -1, -won, -OLD.score_percent)
        ON DUPLICATE KEY UPDATE attempts = attempts - 1, passed = passed - won,
          score_sum = score_sum - OLD.score_percent;
    END LOOP;
  END IF;
END//

-- Joining a cohort adds the person's active enrolments and graded attempts to its counters;
-- leaving it takes them away.
CREATE TRIGGER crd_count_member_insert AFTER INSERT ON crd_cohort_member FOR EACH ROW
BEGIN
  IF @tegn_bulk_load IS NULL THEN
    INSERT INTO crd_completion_count (cohort_id, organisation_id, course_id, status, n)
      SELECT NEW.cohort_id, a.organisation_id, e.course_id,
        IF(e.completed_at IS NOT NULL, 'C', IF(e.started_at IS NOT NULL, 'S', 'N')) s, COUNT(*)
      FROM crs_enrolment e JOIN plt_account a ON a.id = e.account_id
      WHERE e.account_id = NEW.account_id AND e.active = TRUE
      GROUP BY a.organisation_id, e.course_id, s
      ON DUPLICATE KEY UPDATE n = n + VALUES(n);
    INSERT INTO crd_completion_due (due_on, cohort_id, organisation_id, course_id, status, n)
      SELECT e.due_on, NEW.cohort_id, a.organisation_id, e.course_id,
        IF(e.started_at IS NOT NULL, 'S', 'N') s, COUNT(*)
      FROM crs_enrolment e JOIN plt_account a ON a.id = e.account_id
      WHERE e.account_id = NEW.account_id AND e.active = TRUE AND e.completed_at IS NULL
        AND e.due_on IS NOT NULL
      GROUP BY e.due_on, a.organisation_id, e.course_id, s
      ON DUPLICATE KEY UPDATE n = n + VALUES(n);
    INSERT INTO crd_quiz_count (cohort_id, organisation_id, quiz_id, context_id, attempts, passed, score_sum)
      SELECT NEW.cohort_id, a.organisation_id, t.quiz_id, t.context_id, COUNT(*), SUM(IF(t.passed, 1, 0)),
        SUM(t.score_percent)
      FROM asm_attempt t JOIN plt_account a ON a.id = t.learner_id
      WHERE t.learner_id = NEW.account_id AND t.state = 'SUBMITTED'
        AND t.score_percent IS NOT NULL
      GROUP BY a.organisation_id, t.quiz_id, t.context_id
      ON DUPLICATE KEY UPDATE attempts = attempts + VALUES(attempts),
        passed = passed + VALUES(passed), score_sum = score_sum + VALUES(score_sum);
  END IF;
END//

CREATE TRIGGER crd_count_member_delete AFTER DELETE ON crd_cohort_member FOR EACH ROW
BEGIN
  IF @tegn_bulk_load IS NULL THEN
    INSERT INTO crd_completion_count (cohort_id, organisation_id, course_id, status, n)
      SELECT OLD.cohort_id, a.organisation_id, e.course_id,
        IF(e.completed_at IS NOT NULL, 'C', IF(e.started_at IS NOT NULL, 'S', 'N')) s, -COUNT(*)
      FROM crs_enrolment e JOIN plt_account a ON a.id = e.account_id
      WHERE e.account_id = OLD.account_id AND e.active = TRUE
      GROUP BY a.organisation_id, e.course_id, s
      ON DUPLICATE KEY UPDATE n = n + VALUES(n);
    INSERT INTO crd_completion_due (due_on, cohort_id, organisation_id, course_id, status, n)
      SELECT e.due_on, OLD.cohort_id, a.organisation_id, e.course_id,
        IF(e.started_at IS NOT NULL, 'S', 'N') s, -COUNT(*)
      FROM crs_enrolment e JOIN plt_account a ON a.id = e.account_id
      WHERE e.account_id = OLD.account_id AND e.active = TRUE AND e.completed_at IS NULL
        AND e.due_on IS NOT NULL
      GROUP BY e.due_on, a.organisation_id, e.course_id, s
      ON DUPLICATE KEY UPDATE n = n + VALUES(n);
    DELETE d FROM crd_completion_due d
      JOIN (SELECT DISTINCT e.due_on FROM crs_enrolment e WHERE e.account_id = OLD.account_id
        AND e.active = TRUE AND e.completed_at IS NULL AND e.due_on IS NOT NULL) x
      ON d.due_on = x.due_on AND d.cohort_id = OLD.cohort_id
      WHERE d.n = 0;
    INSERT INTO crd_quiz_count (cohort_id, organisation_id, quiz_id, context_id, attempts, passed, score_sum)
      SELECT OLD.cohort_id, a.organisation_id, t.quiz_id, t.context_id, -COUNT(*), -SUM(IF(t.passed, 1, 0)),
        -SUM(t.score_percent)
      FROM asm_attempt t JOIN plt_account a ON a.id = t.learner_id
      WHERE t.learner_id = OLD.account_id AND t.state = 'SUBMITTED'
        AND t.score_percent IS NOT NULL
      GROUP BY a.organisation_id, t.quiz_id, t.context_id
      ON DUPLICATE KEY UPDATE attempts = attempts + VALUES(attempts),
        passed = passed + VALUES(passed), score_sum = score_sum + VALUES(score_sum);
  END IF;
END//

-- Members of a deleted cohort go by ON DELETE CASCADE, which fires no trigger: the cohort's
-- counters go here instead.
CREATE TRIGGER crd_count_cohort_delete BEFORE DELETE ON crd_cohort FOR EACH ROW
BEGIN
  DELETE FROM crd_completion_count WHERE cohort_id = OLD.id;
  DELETE FROM crd_quiz_count WHERE cohort_id = OLD.id;
  DELETE d FROM crd_completion_due d
    JOIN (SELECT DISTINCT e.due_on FROM crd_cohort_member m
      JOIN crs_enrolment e ON e.account_id = m.account_id
      WHERE m.cohort_id = OLD.id AND e.active = TRUE AND e.completed_at IS NULL
        AND e.due_on IS NOT NULL) x
    ON d.due_on = x.due_on AND d.cohort_id = OLD.id;
END//

-- A person who moves to another organisation takes their counts along.
CREATE TRIGGER crd_count_account_move AFTER UPDATE ON plt_account FOR EACH ROW
BEGIN
  IF NOT (OLD.organisation_id <=> NEW.organisation_id) AND @tegn_bulk_load IS NULL THEN
    INSERT INTO crd_completion_count (cohort_id, organisation_id, course_id, status, n)
      SELECT k.cohort_id, o.organisation_id, e.course_id,
        IF(e.completed_at IS NOT NULL, 'C', IF(e.started_at IS NOT NULL, 'S', 'N')) s,
        o.delta * COUNT(*)
      FROM crs_enrolment e
      JOIN (SELECT 0 cohort_id UNION ALL
        SELECT cohort_id FROM crd_cohort_member WHERE account_id = NEW.id) k
      JOIN (SELECT OLD.organisation_id organisation_id, -1 delta UNION ALL
        SELECT NEW.organisation_id, 1) o
      WHERE e.account_id = NEW.id AND e.active = TRUE
      GROUP BY k.cohort_id, o.delta, o.organisation_id, e.course_id, s
      ORDER BY k.cohort_id, o.delta
      ON DUPLICATE KEY UPDATE n = n + VALUES(n);
    INSERT INTO crd_completion_due (due_on, cohort_id, organisation_id, course_id, status, n)
      SELECT e.due_on, k.cohort_id, o.organisation_id, e.course_id,
        IF(e.started_at IS NOT NULL, 'S', 'N') s, o.delta * COUNT(*)
      FROM crs_enrolment e
      JOIN (SELECT 0 cohort_id UNION ALL
        SELECT cohort_id FROM crd_cohort_member WHERE account_id = NEW.id) k
      JOIN (SELECT OLD.organisation_id organisation_id, -1 delta UNION ALL
        SELECT NEW.organisation_id, 1) o
      WHERE e.account_id = NEW.id AND e.active = TRUE AND e.completed_at IS NULL
        AND e.due_on IS NOT NULL
      GROUP BY e.due_on, k.cohort_id, o.delta, o.organisation_id, e.course_id, s
      ORDER BY e.due_on, k.cohort_id, o.delta
      ON DUPLICATE KEY UPDATE n = n + VALUES(n);
    DELETE d FROM crd_completion_due d
      JOIN (SELECT DISTINCT e.due_on FROM crs_enrolment e WHERE e.account_id = NEW.id
        AND e.active = TRUE AND e.completed_at IS NULL AND e.due_on IS NOT NULL) x
      ON d.due_on = x.due_on AND d.organisation_id = OLD.organisation_id
      WHERE d.n = 0;
    INSERT INTO crd_quiz_count (cohort_id, organisation_id, quiz_id, context_id, attempts, passed, score_sum)
      SELECT k.cohort_id, o.organisation_id, t.quiz_id, t.context_id, o.delta * COUNT(*),
        o.delta * SUM(IF(t.passed, 1, 0)), o.delta * SUM(t.score_percent)
      FROM asm_attempt t
      JOIN (SELECT 0 cohort_id UNION ALL
        SELECT cohort_id FROM crd_cohort_member WHERE account_id = NEW.id) k
      JOIN (SELECT OLD.organisation_id organisation_id, -1 delta UNION ALL
        SELECT NEW.organisation_id, 1) o
      WHERE t.learner_id = NEW.id AND t.state = 'SUBMITTED' AND t.score_percent IS NOT NULL
      GROUP BY k.cohort_id, o.delta, o.organisation_id, t.quiz_id, t.context_id
      ORDER BY k.cohort_id, o.delta
      ON DUPLICATE KEY UPDATE attempts = attempts + VALUES(attempts),
        passed = passed + VALUES(passed), score_sum = score_sum + VALUES(score_sum);
  END IF;
END//

DELIMITER ;
