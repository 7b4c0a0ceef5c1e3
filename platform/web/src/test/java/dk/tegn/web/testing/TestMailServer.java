package dk.tegn.web.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * A real SMTP server (GreenMail) for the container tests, on a free loopback port, started before
 * Payara boots so the tested Tegn sends its mail here ({@code tegn.mail.smtp.host}/{@code port}) as
 * it would to an organisation's mail server. Tests read what arrived, as a recipient would.
 */
public final class TestMailServer {

  private static GreenMail server;

  private TestMailServer() {}

  static synchronized void start() {
    if (server != null) {
      return;
    }
    server =
        new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
    server.start();
    String options =
        "-Dtegn.mail.smtp.host=127.0.0.1 -Dtegn.mail.smtp.port=" + server.getSmtp().getPort();
    String existing = System.getProperty("payara.cmdOptions", "");
    System.setProperty("payara.cmdOptions", (existing.isBlank() ? "" : existing + " ") + options);
  }

  static synchronized void stop() {
    if (server != null) {
      server.stop();
      server = null;
    }
  }

  /**
   * The text of the newest mail to {@code address} that arrived, waiting up to {@code patience}.
   */
  public static String newestBodyTo(String address, Duration patience) {
    Instant until = Instant.now().plus(patience);
    while (true) {
      Optional<MimeMessage> newest = newestTo(address);
      if (newest.isPresent()) {
        return text(newest.get());
      }
      if (Instant.now().isAfter(until)) {
        throw new AssertionError("no mail to " + address + " arrived within " + patience);
      }
      server.waitForIncomingEmail(1000, server.getReceivedMessages().length + 1);
    }
  }

  /** The decoded text (a Danish mail travels quoted-printable, '=' as '=3D'). */
  private static String text(MimeMessage message) {
    try {
      return message.getContent() instanceof String text ? text : GreenMailUtil.getBody(message);
    } catch (MessagingException | java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Optional<MimeMessage> newestTo(String address) {
    MimeMessage[] received = server.getReceivedMessages();
    for (int i = received.length - 1; i >= 0; i--) {
      if (addressedTo(received[i], address)) {
        return Optional.of(received[i]);
      }
    }
    return Optional.empty();
  }

  private static boolean addressedTo(MimeMessage message, String address) {
    try {
      Address[] to = message.getAllRecipients();
      return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
