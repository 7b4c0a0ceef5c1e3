package dk.tegn.web.api;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** JSON nested 5,000 deep overflowed the stack of the readers (a 500); now it is a 400. */
class BodyGuardTest {

  @Test
  void deepNestingIsRefusedWithoutRecursion() {
    String deep = "[".repeat(5000) + "]".repeat(5000);
    JsonFieldException e = assertThrows(JsonFieldException.class, () -> BodyGuard.checkDepth(deep));
    assertEquals("tooDeep", e.messageKey());
    String objects = "{\"a\":".repeat(100_000);
    assertThrows(JsonFieldException.class, () -> BodyGuard.checkDepth(objects));
  }

  @Test
  void ordinaryNestingAndBracketsInsideStringsPass() {
    String nested = "[".repeat(BodyGuard.MAX_DEPTH) + "]".repeat(BodyGuard.MAX_DEPTH);
    assertDoesNotThrow(() -> BodyGuard.checkDepth(nested));
    String text = "{\"t\":\"" + "[{".repeat(1000) + "\\\"[\"}";
    assertDoesNotThrow(() -> BodyGuard.checkDepth(text));
  }
}
