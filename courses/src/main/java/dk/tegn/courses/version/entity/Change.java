package dk.tegn.courses.version.entity;

import dk.tegn.i18n.LocalizedText;

/**
 * One difference between a version and the one before it, shown in the version history.
 *
 * @param key the module or item key; 0 for the course's own settings
 */
public record Change(Level level, Kind kind, long key, LocalizedText title) {

  /** What changed. */
  public enum Level {
    COURSE,
    MODULE,
    ITEM
  }

  /** How it changed. */
  public enum Kind {
    ADDED,
    REMOVED,
    CHANGED,
    MOVED
  }
}
