package dk.tegn.web.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
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

  @Test
  void anAsciiBodyIsCheckedOnItsBytesAndAnythingElseGoesTheStrictWay() {
    assertTrue(BodyGuard.checkAsciiDepth(ascii("{\"keys\":[\"2\"]}")));
    String nested = "[".repeat(BodyGuard.MAX_DEPTH) + "]".repeat(BodyGuard.MAX_DEPTH);
    assertTrue(BodyGuard.checkAsciiDepth(ascii(nested)));
    assertTrue(BodyGuard.checkAsciiDepth(ascii("{\"t\":\"" + "[{".repeat(1000) + "\\\"[\"}")));
    // too deep, or not ASCII (also right after a backslash): the strict path answers as before
    assertFalse(BodyGuard.checkAsciiDepth(ascii("[".repeat(BodyGuard.MAX_DEPTH + 1))));
    assertFalse(BodyGuard.checkAsciiDepth("{\"t\":\"æ\"}".getBytes(StandardCharsets.UTF_8)));
    assertFalse(BodyGuard.checkAsciiDepth(new byte[] {'"', '\\', (byte) 0xff}));
  }

  /** On ASCII text both checks agree: the byte check passes exactly what the text check passes. */
  @Test
  void theByteCheckAgreesWithTheTextCheckOnAscii() {
    Random random = new Random(18);
    char[] alphabet = {'[', ']', '{', '}', '"', '\\', 'a', ':', ','};
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(200);
      for (int i = 0; i < length; i++) {
        text.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String json = text.toString();
      boolean textPasses;
      try {
        BodyGuard.checkDepth(json);
        textPasses = true;
      } catch (JsonFieldException tooDeep) {
        textPasses = false;
      }
      assertEquals(textPasses, BodyGuard.checkAsciiDepth(ascii(json)), json);
    }
  }

  /** The interceptor passes an ASCII body on as the very bytes that came, charset unchanged. */
  @Test
  void anAsciiBodyIsPassedOnAsItCameAndOtherTextIsPassedOnAsUtf8() throws Exception {
    byte[] body = ascii("{\"keys\":[\"3\"]}");
    assertArrayEquals(body, read(body, MediaType.APPLICATION_JSON_TYPE));
    byte[] latin = "{\"t\":\"æ\"}".getBytes(StandardCharsets.ISO_8859_1);
    assertArrayEquals(
        "{\"t\":\"æ\"}".getBytes(StandardCharsets.UTF_8),
        read(latin, MediaType.APPLICATION_JSON_TYPE.withCharset("ISO-8859-1")));
    JsonFieldException wrong =
        assertThrows(
            JsonFieldException.class,
            () -> read(new byte[] {'"', (byte) 0xff, '"'}, MediaType.APPLICATION_JSON_TYPE));
    assertEquals("malformed", wrong.messageKey());
    JsonFieldException deep =
        assertThrows(
            JsonFieldException.class,
            () -> read(ascii("[".repeat(5000)), MediaType.APPLICATION_JSON_TYPE));
    assertEquals("tooDeep", deep.messageKey());
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  /** What the reader after the guard gets: the bytes of the stream the guard hands on. */
  private static byte[] read(byte[] body, MediaType type) throws Exception {
    AtomicReference<InputStream> in = new AtomicReference<>(new ByteArrayInputStream(body));
    AtomicReference<MediaType> media = new AtomicReference<>(type);
    ReaderInterceptorContext context =
        (ReaderInterceptorContext)
            Proxy.newProxyInstance(
                BodyGuardTest.class.getClassLoader(),
                new Class<?>[] {ReaderInterceptorContext.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "getMediaType" -> media.get();
                      case "setMediaType" -> {
                        media.set((MediaType) args[0]);
                        yield null;
                      }
                      case "getInputStream" -> in.get();
                      case "setInputStream" -> {
                        in.set((InputStream) args[0]);
                        yield null;
                      }
                      case "proceed" -> in.get().readAllBytes();
                      default -> throw new UnsupportedOperationException(method.getName());
                    });
    return (byte[]) new BodyGuard().aroundReadFrom(context);
  }
}
