package dk.tegn.web.coordination;

import dk.tegn.core.mail.control.MailTransport;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.mail.MessagingException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test-only mail transport of {@link CoordinationIT}'s deployment: the first attempt at a message
 * to a "flaky-" address fails as an unreachable SMTP server would; later attempts go through.
 */
@ApplicationScoped
@Alternative
@Priority(1000)
public class FlakyMailTransport extends MailTransport {

  private final Set<Long> failedOnce = ConcurrentHashMap.newKeySet();

  @Override
  public void send(long id, String recipient, String subject, String body)
      throws MessagingException {
    if (recipient.startsWith("flaky-") && failedOnce.add(id)) {
      throw new MessagingException("connection refused (test)");
    }
    super.send(id, recipient, subject, body);
  }
}
