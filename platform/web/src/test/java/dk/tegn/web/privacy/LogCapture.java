package dk.tegn.web.privacy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Test-only, inside the server: keeps every log record that reaches the root logger from {@link
 * #start} on, formatted as the server's log would write it (message, parameters and stack trace),
 * so a test can ask whether a text was logged anywhere.
 */
public final class LogCapture extends Handler {

  private static final Logger LOG = Logger.getLogger(LogCapture.class.getName());
  private static final LogCapture INSTANCE = new LogCapture();

  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final SimpleFormatter formatter = new SimpleFormatter();

  private LogCapture() {}

  /**
   * Starts afresh and logs {@code reversedControl}, turned round, once: to show the capture sees
   * the server's log. Texts come reversed, so a logged request address would not hold them.
   */
  static synchronized String start(String reversedControl) {
    String control = new StringBuilder(reversedControl).reverse().toString();
    Logger root = Logger.getLogger("");
    root.removeHandler(INSTANCE);
    INSTANCE.lines.clear();
    root.addHandler(INSTANCE);
    LOG.info("log capture started: " + control);
    return "ok";
  }

  /** How many records captured so far hold {@code reversedText}, turned round. */
  static long find(String reversedText) {
    String text = new StringBuilder(reversedText).reverse().toString();
    return INSTANCE.lines.stream().filter(l -> l.contains(text)).count();
  }

  @Override
  public void publish(LogRecord record) {
    try {
      lines.add(formatter.format(record));
    } catch (RuntimeException e) {
      lines.add(String.valueOf(record.getMessage()));
    }
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
