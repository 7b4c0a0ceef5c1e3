package dk.tegn.lti.launch.control;

/**
 * A launch, login initiation or deep linking answer that Tegn refuses. {@code reason} is a word for
 * the audit line and the key of the words the person sees ({@code lti.refused.<reason>}).
 */
public class LaunchRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String reason;
  private final Long platformId;

  public LaunchRefusedException(String reason, Long platformId, String detail) {
    super(reason + (detail == null ? "" : ": " + detail));
    this.reason = reason;
    this.platformId = platformId;
  }

  public String reason() {
    return reason;
  }

  public Long platformId() {
    return platformId;
  }
}
