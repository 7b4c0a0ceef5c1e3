package dk.tegn.core.cache;

import java.util.LinkedHashMap;
import java.util.Map;

/** The one bounded cache the modules share: a map that forgets what was used least recently. */
public final class RecentlyUsed {

  private RecentlyUsed() {}

  /**
   * A map that keeps the {@code max} entries read or written most recently. Not thread-safe: its
   * users synchronize on it (a read reorders it too).
   */
  public static <K, V> Map<K, V> keeping(int max) {
    return new LinkedHashMap<>(Math.min(max, 1024), 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > max;
      }
    };
  }
}
