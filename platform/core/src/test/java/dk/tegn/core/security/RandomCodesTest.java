package dk.tegn.core.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RandomCodesTest {

  @Test
  void typeableCodesUseOnlyTheAlphabetInDashedGroups() {
    for (int i = 0; i < 200; i++) {
      String code = RandomCodes.typeable(RandomCodes.CROCKFORD, 20, 5);
      assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){3}"), code);
      String key = RandomCodes.typeable(RandomCodes.UNAMBIGUOUS, 10, 0);
      assertTrue(key.matches("[2-9A-HJKMNP-TV-Z]{10}"), key);
    }
  }

  @Test
  void urlSafeCodesHoldTheirBytesWithoutPadding() {
    String token = RandomCodes.urlSafe(32);
    assertEquals(43, token.length()); // 256 bits in base64 characters of 6 bits
    assertTrue(token.matches("[A-Za-z0-9_-]+"), token);
  }

  @Test
  void codesDoNotRepeat() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      assertTrue(seen.add(RandomCodes.typeable(RandomCodes.CROCKFORD, 12, 4)));
    }
  }

  @Test
  void everyCharacterOfTheAlphabetTurnsUp() {
    Set<Character> seen = new HashSet<>();
    RandomCodes.typeable(RandomCodes.UNAMBIGUOUS, 5_000, 0)
        .chars()
        .forEach(c -> seen.add((char) c));
    assertEquals(RandomCodes.UNAMBIGUOUS.length(), seen.size());
  }
}
