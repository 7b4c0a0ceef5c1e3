package dk.tegn.core.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.tegn.core.account.control.PasswordPolicy;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  @Test
  void passwordShorterThanTwelveCharactersIsRefused() {
    assertEquals(
        Optional.of("account_password.tooShort"), PasswordPolicy.violation("anna", "kort1234"));
  }

  @Test
  void passwordContainingTheUsernameIsRefusedWhateverTheCase() {
    assertEquals(
        Optional.of("account_password.containsUsername"),
        PasswordPolicy.violation("cadet01", "my-CADET01-secret"));
  }

  @Test
  void commonOrRepetitivePasswordsAreRefused() {
    assertEquals(
        Optional.of("account_password.tooCommon"),
        PasswordPolicy.violation("anna", "Password1234"));
    assertEquals(
        Optional.of("account_password.tooCommon"),
        PasswordPolicy.violation("anna", "abababababab"));
  }

  @Test
  void longPassphraseIsAccepted() {
    assertEquals(Optional.empty(), PasswordPolicy.violation("anna", "grøn hest på taget"));
  }
}
