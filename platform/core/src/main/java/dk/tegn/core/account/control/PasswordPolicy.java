package dk.tegn.core.account.control;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a new password must satisfy, after NIST SP 800-63B: length over composition rules, no
 * username inside, not among the most common passwords. Returns the violated rule's message key
 * (PlatformMessages) or empty.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 12;

  // the start of the well-known breach lists, plus the product's own name and demo password
  private static final Set<String> COMMON =
      Set.of(
          "123456789012",
          "password1234",
          "passwordpassword",
          "qwertyuiopas",
          "111111111111",
          "000000000000",
          "iloveyou1234",
          "adgangskode1",
          "adgangskode123",
          "sommerfugl12",
          "welcome12345",
          "tegn-demo",
          "tegntegntegn",
          "letmein12345",
          "administrator",
          "qwerty123456",
          "1q2w3e4r5t6y");

  private PasswordPolicy() {}

  public static Optional<String> violation(String username, String newPassword) {
    if (newPassword == null || newPassword.codePointCount(0, newPassword.length()) < MIN_LENGTH) {
      return Optional.of("account_password.tooShort");
    }
    String lower = newPassword.toLowerCase(Locale.ROOT);
    if (username != null
        && !username.isBlank()
        && lower.contains(username.toLowerCase(Locale.ROOT))) {
      return Optional.of("account_password.containsUsername");
    }
    if (COMMON.contains(lower) || lower.chars().distinct().count() < 4) {
      return Optional.of("account_password.tooCommon");
    }
    return Optional.empty();
  }
}
