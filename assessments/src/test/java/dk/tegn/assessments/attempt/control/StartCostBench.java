package dk.tegn.assessments.attempt.control;

import dk.tegn.assessments.quiz.entity.Quiz;
import dk.tegn.assessments.testing.Banks;
import dk.tegn.assessments.testing.MutableClock;
import dk.tegn.assessments.testing.People;
import dk.tegn.core.account.Role;
import dk.tegn.core.organisation.entity.Organisation;
import dk.tegn.core.testing.JpaTestSupport;
import dk.tegn.core.testing.TestCaller;
import jakarta.persistence.EntityManagerFactory;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a test but a measurement, run only with {@code -Dbench=true} (timings live in benches, not in
 * the unit suite; AttemptsTest keeps the statement counts): the CPU of a start on this thread (the
 * JVM's side of it) and its wall time, an old way against the new, alternated round by round in one
 * JVM on the test MariaDB, each learner starting once, after one uncounted round of each.
 *
 * <pre>
 * ./mvnw -o -B test -pl assessments -am -Dspotless.check.skip=true -Dtest=StartCostBench \
 *   -Dsurefire.failIfNoSpecifiedTests=false -Dbench=true [-Dbench.rounds=6 -Dbench.n=40]
 * </pre>
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class StartCostBench {

  static final int ROUNDS = Integer.getInteger("bench.rounds", 6);
  static final int PER_ROUND = Integer.getInteger("bench.n", 40);

  static EntityManagerFactory emf;
  Organisation org;
  MutableClock clock;

  @BeforeAll
  static void open() {
    emf = JpaTestSupport.entityManagerFactory("tegn-assessments-test");
  }

  @AfterAll
  static void close() {
    emf.close();
  }

  @BeforeEach
  void arrange() {
    org = People.organisation(emf);
    clock = new MutableClock(Banks.T0);
  }

  /**
   * Session 15 (ops/BENCHMARKS.md §3): the start of the exam's quiz (20 fixed questions) against
   * the start as it was, which loaded the quiz's slots with their questions and category for its
   * draw.
   */
  @Test
  void aStartAgainstOneLoadingTheSlotsEntities() {
    long quizId = fixedQuiz(20);
    alternated(
        "start",
        "loading the slots' entities",
        who ->
            as(
                who,
                a -> {
                  a.em
                      .find(Quiz.class, quizId)
                      .getSlots()
                      .forEach(slot -> slot.getQuestion().getCategory().getId());
                  return a.startOrResume(quizId, "da");
                }),
        "as now",
        who -> as(who, a -> a.startOrResume(quizId, "da")),
        who -> {},
        who -> {});
  }

  /**
   * Session 16 (issue 18 §2): stamping an attempt prepared before the signal against drawing one at
   * the start; the prepares are not timed (they happen before the signal).
   */
  @Test
  void aPreparedStartAgainstADraw() {
    long quizId = fixedQuiz(20);
    alternated(
        "prepared start",
        "drawn",
        who -> as(who, a -> a.startOrResume(quizId, "da")),
        "prepared",
        who -> as(who, a -> a.startOrResume(quizId, "da")),
        who -> as(who, a -> a.prepare(quizId, 0, "da")),
        who -> {});
  }

  /**
   * Session 17 (ops/BENCHMARKS.md §3.aa): a prepared start answered with the stamp ({@link
   * Attempts#start}) against answered with the attempt and its questions, as the start answered
   * before ({@link Attempts#startOrResume}: the stamp, then the view); both prepared untimed.
   */
  @Test
  void aStartAnsweredWithTheStampAgainstWithTheAttempt() {
    long quizId = fixedQuiz(20);
    alternated(
        "stamp",
        "with the attempt",
        who -> as(who, a -> a.startOrResume(quizId, 0, "da")),
        "the stamp",
        who -> as(who, a -> a.start(quizId, 0, "da")),
        who -> as(who, a -> a.prepare(quizId, 0, "da")),
        who -> as(who, a -> a.prepare(quizId, 0, "da")));
  }

  /**
   * The one alternation both benches share: per round, each way in turn (which goes first
   * alternates) starts {@link #PER_ROUND} new learners, each way's learners arranged untimed first
   * (prepared where it says); round -1 warms both up and is not counted. Prints CPU and wall per
   * start and the ratio.
   */
  private void alternated(
      String label,
      String oldName,
      Consumer<TestCaller> oldStart,
      String newName,
      Consumer<TestCaller> newStart,
      Consumer<TestCaller> newArrange,
      Consumer<TestCaller> oldArrange) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] cpu = new long[2];
    long[] wall = new long[2];
    for (int round = -1; round < ROUNDS; round++) {
      for (int turn = 0; turn < 2; turn++) {
        int way = (round + turn + 1) % 2; // 0 old, 1 new
        List<TestCaller> learners = new ArrayList<>();
        for (int i = 0; i < PER_ROUND; i++) {
          TestCaller who = TestCaller.of(People.account(emf, org), org.getId(), Role.TRAINEE);
          (way == 1 ? newArrange : oldArrange).accept(who);
          learners.add(who);
        }
        Consumer<TestCaller> start = way == 0 ? oldStart : newStart;
        long from = threads.getCurrentThreadCpuTime();
        long fromWall = System.nanoTime();
        learners.forEach(start);
        if (round >= 0) {
          cpu[way] += threads.getCurrentThreadCpuTime() - from;
          wall[way] += System.nanoTime() - fromWall;
        }
      }
    }
    double starts = (double) ROUNDS * PER_ROUND;
    System.out.printf(
        "BENCH %s (per start, this thread, %d each, alternated): %s %.2f ms CPU, %.2f ms wall;"
            + " %s %.2f ms CPU, %.2f ms wall; CPU %s/%s %.2f%n",
        label,
        (int) starts,
        oldName,
        cpu[0] / 1e6 / starts,
        wall[0] / 1e6 / starts,
        newName,
        cpu[1] / 1e6 / starts,
        wall[1] / 1e6 / starts,
        newName,
        oldName,
        (double) cpu[1] / cpu[0]);
  }

  private <T> T as(TestCaller who, Function<Attempts, T> work) {
    return AttemptsTest.once(emf, who, clock, work);
  }

  private long fixedQuiz(int questions) {
    return AttemptsTest.fixedQuiz(emf, org, questions);
  }
}
