package dk.tegn.core.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hands one mail to the configured SMTP server ({@code tegn.mail.smtp.host}). Without one (the
 * embedded default) mail is only logged by id and subject, and admins read it on the outbox page.
 */
@ApplicationScoped
public class MailTransport {

  private static final Logger LOG = Logger.getLogger(MailTransport.class.getName());

  @Inject
  @ConfigProperty(name = "tegn.mail.smtp.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "tegn.mail.smtp.port", defaultValue = "587")
  int port;

  @Inject
  @ConfigProperty(name = "tegn.mail.smtp.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "tegn.mail.smtp.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "tegn.mail.from", defaultValue = "tegn@localhost")
  String from;

  public void send(long id, String recipient, String subject, String body)
      throws MessagingException {
    if (host.isEmpty()) {
      LOG.info(() -> "mail #" + id + " kept in the outbox (no SMTP server configured)");
      return;
    }
    Properties props = new Properties();
    props.put("mail.smtp.host", host.get());
    props.put("mail.smtp.port", String.valueOf(port));
    props.put("mail.smtp.starttls.enable", "true");
    props.put("mail.smtp.connectiontimeout", "10000");
    props.put("mail.smtp.timeout", "10000");
    Session session = Session.getInstance(props);
    MimeMessage message = new MimeMessage(session);
    message.setFrom(new InternetAddress(from));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient));
    message.setSubject(subject, StandardCharsets.UTF_8.name());
    message.setText(body, StandardCharsets.UTF_8.name());
    if (user.isPresent()) {
      props.put("mail.smtp.auth", "true");
      Transport.send(message, user.get(), password.orElse(""));
    } else {
      Transport.send(message);
    }
    LOG.info(() -> "mail #" + id + " sent");
  }
}
