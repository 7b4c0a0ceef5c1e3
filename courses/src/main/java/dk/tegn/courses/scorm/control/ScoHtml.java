package dk.tegn.courses.scorm.control;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Puts Tegn's SCORM bridge into a SCO's HTML page: two script elements at the start of its head,
 * before any of the SCO's own scripts, so {@code window.API} exists when the SCO looks for it. The
 * sandboxed frame cannot reach the player's window, so the API must live in the SCO's own window;
 * it forwards every call to the player by postMessage (scorm-again's CrossFrameAPI). The bytes of
 * the page are not decoded: the tags are ASCII in every encoding a SCO uses.
 */
public final class ScoHtml {

  private ScoHtml() {}

  /**
   * @param runtimeBase the address of Tegn's runtime scripts, e.g. "/resources/courses/scorm/"
   * @param parentOrigin the player's origin, the only one the bridge posts to
   * @param cmiJson the data the SCO starts from, so its first reads after LMSInitialize answer
   *     synchronously with the saved location and suspend data
   */
  public static byte[] inject(
      byte[] page, String runtimeBase, String parentOrigin, String cmiJson) {
    String tags =
        "<script src=\""
            + attr(runtimeBase + "cross-frame-api.min.js")
            + "\"></script><script src=\""
            + attr(runtimeBase + "tegn-sco.js")
            + "\" data-origin=\""
            + attr(parentOrigin)
            + "\" data-cmi=\""
            + attr(cmiJson)
            + "\"></script>";
    byte[] insert = tags.getBytes(StandardCharsets.UTF_8);
    int at = after(page, "<head");
    if (at < 0) {
      at = after(page, "<html");
    }
    if (at < 0) {
      at = 0;
    }
    byte[] out = new byte[page.length + insert.length];
    System.arraycopy(page, 0, out, 0, at);
    System.arraycopy(insert, 0, out, at, insert.length);
    System.arraycopy(page, at, out, at + insert.length, page.length - at);
    return out;
  }

  /** The index just after the end of the first tag opening with {@code open}, or -1. */
  private static int after(byte[] page, String open) {
    String head =
        new String(page, 0, Math.min(page.length, 65_536), StandardCharsets.ISO_8859_1)
            .toLowerCase(Locale.ROOT);
    int start = head.indexOf(open);
    while (start >= 0) {
      char next = start + open.length() < head.length() ? head.charAt(start + open.length()) : ' ';
      if (next == '>' || Character.isWhitespace(next)) {
        int end = head.indexOf('>', start);
        return end < 0 ? -1 : end + 1;
      }
      start = head.indexOf(open, start + 1);
    }
    return -1;
  }

  private static String attr(String value) {
    return value
        .replace("&", "&amp;")
        .replace("\"", "&quot;")
        .replace("<", "&lt;")
        .replace(">", "&gt;");
  }
}
