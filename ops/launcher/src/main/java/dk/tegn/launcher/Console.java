package dk.tegn.launcher;

/**
 * The launcher's own lines on standard output, prefixed {@code [tegn]} so they stand out between
 * Payara's log records.
 */
final class Console {

  private Console() {}

  static void say(String line) {
    System.out.println("[tegn] " + line);
    System.out.flush();
  }
}
