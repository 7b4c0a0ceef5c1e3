package dk.tegn.launcher;

/**
 * A reason not to start (or to stop) whose message is the one line the user reads; Main prints it
 * without a stack trace and exits with status 1.
 */
final class LaunchException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  LaunchException(String message) {
    super(message);
  }
}
