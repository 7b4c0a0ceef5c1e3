package dk.tegn.core.persistence;

import java.util.Collection;
import java.util.StringJoiner;

/**
 * Ids written into a native statement as an {@code IN (...)} list or {@code VALUES} rows: numbers
 * only, so safe there, and one statement instead of a bind parameter per id (a batch of about
 * 1,000, never an unbounded set).
 */
public final class SqlIds {

  private SqlIds() {}

  /** "1,2,3" for the ids given, in their order. */
  public static String list(Collection<Long> ids) {
    StringJoiner in = new StringJoiner(",");
    for (long id : ids) {
      in.add(Long.toString(id));
    }
    return in.toString();
  }
}
