package dk.tegn.core.time;

import java.time.Duration;

/**
 * How long a delivery that failed waits before its next try, the one rule of every outbox (core's
 * mails, courses' xAPI statements, LTI's scores): the first pause after the first failure, doubling
 * with each failure after it, never longer than the longest. Also cuts the error kept with it to
 * its column.
 */
public record BackOff(Duration first, Duration longest) {

  /** The pause after this many failures in a row (1: the first). */
  public Duration after(int failures) {
    Duration pause = first.multipliedBy(1L << Math.min(Math.max(failures - 1, 0), 30));
    return pause.compareTo(longest) > 0 ? longest : pause;
  }

  /** An error message as kept beside the retry: at most {@code max} characters. */
  public static String cut(String error, int max) {
    return error == null || error.length() <= max ? error : error.substring(0, max);
  }
}
