package dk.tegn.web.api;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.function.IntUnaryOperator;

/**
 * Before any body is read: a character set Java does not know answers 415 (it failed deep inside
 * the reader with a 500); a JSON body is decoded strictly and nested at most {@value #MAX_DEPTH}
 * levels (5,000 levels overflowed the stack of the recursive readers). JSON in another character
 * set is passed on as UTF-8, which every reader after this one reads.
 */
@Provider
public class BodyGuard implements ReaderInterceptor {

  static final int MAX_DEPTH = 64;

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context)
      throws IOException, WebApplicationException {
    MediaType type = context.getMediaType();
    Charset charset = charsetOf(type);
    if (type != null
        && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
            || type.getSubtype().endsWith("+json"))) {
      byte[] bytes = context.getInputStream().readAllBytes();
      if (charset == StandardCharsets.UTF_8 && checkAsciiDepth(bytes)) {
        // plain ASCII within the depth: passed on as it came, not decoded and encoded again
        context.setInputStream(new ByteArrayInputStream(bytes));
      } else {
        String text = decode(bytes, charset);
        checkDepth(text);
        context.setInputStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        if (charset != StandardCharsets.UTF_8) {
          context.setMediaType(type.withCharset("UTF-8"));
        }
      }
    }
    return context.proceed();
  }

  /** The declared character set, UTF-8 when none; 415 for one that does not exist here. */
  static Charset charsetOf(MediaType type) {
    String name = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
    if (name == null) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(name.trim().replace("\"", ""));
    } catch (IllegalCharsetNameException | java.nio.charset.UnsupportedCharsetException unknown) {
      throw new NotSupportedException("unknown charset");
    }
  }

  private static String decode(byte[] bytes, Charset charset) {
    try {
      CharBuffer chars =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes));
      return chars.toString();
    } catch (CharacterCodingException wrongBytes) {
      throw new JsonFieldException("body", "malformed");
    }
  }

  /**
   * The usual body (an answer, a form's record) without decoding it: true when every byte is ASCII
   * (so valid UTF-8 as it is) and brackets outside strings nest at most {@value #MAX_DEPTH} deep.
   * False for anything else, which the strict decoding and {@link #checkDepth} then answer exactly
   * as for every body before.
   */
  static boolean checkAsciiDepth(byte[] json) {
    return scan(json.length, i -> json[i]) == WITHIN;
  }

  /** Counts brackets outside strings; no recursion, so no depth can overflow it. */
  static void checkDepth(String json) {
    if (scan(json.length(), json::charAt) == TOO_DEEP) {
      throw new JsonFieldException("body", "tooDeep");
    }
  }

  private static final int WITHIN = 0;
  private static final int TOO_DEEP = 1;
  private static final int NOT_ASCII = 2;

  /**
   * The code units {@code unit.applyAsInt(0 .. length - 1)} (a byte is negative when not ASCII, a
   * character never): where the scan stopped, at a unit that is not ASCII or at the first bracket
   * deeper than the bound, or {@link #WITHIN}.
   */
  private static int scan(int length, IntUnaryOperator unit) {
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < length; i++) {
      int c = unit.applyAsInt(i);
      if (c < 0) {
        return NOT_ASCII;
      }
      if (inString) {
        if (c == '\\') {
          if (++i < length && unit.applyAsInt(i) < 0) {
            return NOT_ASCII;
          }
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        if (++depth > MAX_DEPTH) {
          return TOO_DEEP;
        }
      } else if (c == '}' || c == ']') {
        depth--;
      }
    }
    return WITHIN;
  }
}
