package dk.tegn.coordination.enrolment.control;

import java.io.Serializable;

/**
 * The subject and body of a reminder with named placeholders, and whether they are the
 * organisation's own (false: the platform's default).
 */
public final class Wording implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String subject;
  private final String body;
  private final boolean own;

  public Wording(String subject, String body, boolean own) {
    this.subject = subject;
    this.body = body;
    this.own = own;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public boolean isOwn() {
    return own;
  }
}
