package dk.tegn.courses.learning;

import jakarta.persistence.EntityManager;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/** What the grade observer's benches share: one grade timed, and the figures printed. */
final class GradeBench {

  private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

  private GradeBench() {}

  /**
   * The thread CPU and wall nanoseconds of one grade and its flush, in the caller's transaction;
   * the connection is taken before the clocks start.
   */
  static long[] timed(EntityManager em, Runnable grade) {
    em.createNativeQuery("SELECT 1").getResultList(); // the connection
    long c0 = MX.getCurrentThreadCpuTime();
    long w0 = System.nanoTime();
    grade.run();
    em.flush();
    return new long[] {MX.getCurrentThreadCpuTime() - c0, System.nanoTime() - w0};
  }

  /** The old and the new way's mean per grade ({@code [0]} old, {@code [1]} new), n each. */
  static void print(String label, long[] cpu, long[] wall, int n) {
    System.out.printf(
        "BENCH %s: old %.3f ms CPU, %.3f ms wall; new %.3f ms CPU, %.3f ms wall (per grade, %d each)%n",
        label, cpu[0] / 1e6 / n, wall[0] / 1e6 / n, cpu[1] / 1e6 / n, wall[1] / 1e6 / n, n);
  }
}
