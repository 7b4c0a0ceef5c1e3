package dk.tegn.assessments.transfer.control;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;
import org.w3c.dom.Element;

/**
 * Reads Moodle's GIFT text format and writes the same questions as Moodle XML, which {@link
 * MoodleXml} then maps to a bank file: GIFT and Moodle XML are two spellings of one question model
 * (Moodle converts between them the same way), so both formats share one mapping and one list of
 * what Tegn cannot hold. Understood: categories ({@code $CATEGORY:}), names ({@code ::name::}),
 * text formats ({@code [html]}, {@code [moodle]}, {@code [plain]}, {@code [markdown]}), multiple
 * choice with one or more right answers and weights ({@code ~%50%}), true/false with its two
 * feedbacks, matching ({@code =a -> b}), short answer, numerical ({@code #value:tolerance}, {@code
 * #min..max}), essay ({@code {}}) and description (no answers), per-answer ({@code #}) and general
 * ({@code ####}) feedback, and GIFT's escapes.
 */
public final class Gift {

  private static final Pattern WEIGHT = Pattern.compile("^%(-?[0-9.]+)%");
  private static final Pattern FORMAT = Pattern.compile("^\\[(html|moodle|plain|markdown)\\]");

  private Gift() {}

  /** The GIFT file as Moodle XML. A file that is not UTF-8 text is read as ISO-8859-1. */
  public static byte[] toMoodleXml(byte[] gift) {
    String text = new String(gift, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    MoodleXmlWriter out = new MoodleXmlWriter();
    int number = 0;
    for (String block : blocks(text)) {
      if (block.startsWith("$CATEGORY:")) {
        String path = block.substring("$CATEGORY:".length()).strip();
        out.category(path.replaceFirst("^\\$[a-z]+\\$/(top/)?", ""), null);
        continue;
      }
      question(out, block, ++number);
    }
    return out.bytes();
  }

  /** Questions are separated by blank lines; comment lines ({@code //}) are dropped. */
  static List<String> blocks(String text) {
    List<String> blocks = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
      if (line.strip().startsWith("//")) {
        continue;
      }
      if (line.isBlank()) {
        if (!current.toString().isBlank()) {
          blocks.add(current.toString().strip());
        }
        current.setLength(0);
      } else {
        current.append(line).append('\n');
      }
    }
    if (!current.toString().isBlank()) {
      blocks.add(current.toString().strip());
    }
    return blocks;
  }

  private static void question(MoodleXmlWriter out, String block, int number) {
    String rest = block;
    String name = null;
    if (rest.startsWith("::")) {
      int end = unescaped(rest, "::", 2);
      if (end > 0) {
        name = unescape(rest.substring(2, end)).strip();
        rest = rest.substring(end + 2).strip();
      }
    }
    String format = "moodle";
    Matcher f = FORMAT.matcher(rest);
    if (f.find()) {
      format = f.group(1);
      rest = rest.substring(f.end());
    }
    int open = unescaped(rest, "{", 0);
    int close = open < 0 ? -1 : unescaped(rest, "}", open + 1);
    if (open < 0 || close < 0) {
      String html = html(rest, format);
      out.question("description", name(name, rest, number), html);
      return;
    }
    String before = rest.substring(0, open).strip();
    String after = rest.substring(close + 1).strip();
    String questionText = after.isEmpty() ? before : before + " _____ " + after;
    String answers = rest.substring(open + 1, close).strip();
    String title = name(name, questionText, number);
    String html = html(questionText, format);

    String general = null;
    int generalAt = unescaped(answers, "####", 0);
    if (generalAt >= 0) {
      general = html(answers.substring(generalAt + 4).strip(), format);
      answers = answers.substring(0, generalAt).strip();
    }
    Element q;
    String upper = answers.split("#", 2)[0].strip().toUpperCase(Locale.ROOT);
    if (answers.isEmpty()) {
      q = out.question("essay", title, html);
    } else if (answers.startsWith("#")) {
      q = numerical(out, title, html, answers.substring(1).strip(), format);
    } else if (List.of("T", "TRUE", "F", "FALSE").contains(upper)) {
      q = out.question("truefalse", title, html);
      boolean right = upper.startsWith("T");
      List<String> feedback = split(answers, '#');
      String wrongFeedback = feedback.size() > 1 ? html(feedback.get(1), format) : null;
      String rightFeedback = feedback.size() > 2 ? html(feedback.get(2), format) : null;
      out.answer(q, right ? 100 : 0, "true", right ? rightFeedback : wrongFeedback);
      out.answer(q, right ? 0 : 100, "false", right ? wrongFeedback : rightFeedback);
    } else {
      q = choices(out, title, html, answers, format);
    }
    if (general != null) {
      out.append(q, out.html("generalfeedback", general));
    }
  }

  private static Element choices(
      MoodleXmlWriter out, String title, String html, String answers, String format) {
    List<String[]> options = options(answers);
    boolean matching =
        options.stream().allMatch(o -> o[0].equals("=") && unescaped(o[1], "->", 0) >= 0);
    if (matching) {
      Element q = out.question("matching", title, html);
      for (String[] o : options) {
        int arrow = unescaped(o[1], "->", 0);
        Element sub =
            out.append(q, out.html("subquestion", html(o[1].substring(0, arrow).strip(), format)));
        Element answer = out.element(sub, "answer", "");
        out.element(answer, "text", unescape(o[1].substring(arrow + 2).strip()));
      }
      return q;
    }
    boolean shortAnswer = options.stream().allMatch(o -> o[0].equals("="));
    Element q = out.question(shortAnswer ? "shortanswer" : "multichoice", title, html);
    boolean single = true;
    for (String[] o : options) {
      String text = o[1];
      Double weight = null;
      Matcher w = WEIGHT.matcher(text);
      if (w.find()) {
        weight = Double.valueOf(w.group(1));
        text = text.substring(w.end());
      }
      double fraction = weight != null ? weight : o[0].equals("=") ? 100 : 0;
      if (!shortAnswer && weight != null && fraction > 0 && fraction < 100) {
        single = false;
      }
      List<String> parts = split(text, '#');
      out.answer(
          q,
          fraction,
          html(parts.get(0).strip(), format),
          parts.size() > 1 ? html(parts.get(1).strip(), format) : null);
    }
    if (!shortAnswer) {
      out.element(q, "single", String.valueOf(single));
      out.element(q, "shuffleanswers", "true");
    }
    return q;
  }

  private static Element numerical(
      MoodleXmlWriter out, String title, String html, String answers, String format) {
    Element q = out.question("numerical", title, html);
    List<String[]> options =
        answers.startsWith("=") ? options(answers) : List.<String[]>of(new String[] {"=", answers});
    for (String[] o : options) {
      String text = o[1];
      double fraction = 100;
      Matcher w = WEIGHT.matcher(text);
      if (w.find()) {
        fraction = Double.parseDouble(w.group(1));
        text = text.substring(w.end());
      }
      List<String> parts = split(text, '#');
      String value = unescape(parts.get(0)).strip();
      String tolerance = "0";
      if (value.contains("..")) {
        double min = Double.parseDouble(value.substring(0, value.indexOf("..")).strip());
        double max = Double.parseDouble(value.substring(value.indexOf("..") + 2).strip());
        value = String.valueOf((min + max) / 2);
        tolerance = String.valueOf((max - min) / 2);
      } else if (value.contains(":")) {
        tolerance = value.substring(value.indexOf(':') + 1).strip();
        value = value.substring(0, value.indexOf(':')).strip();
      }
      Element a =
          out.answer(
              q, fraction, value, parts.size() > 1 ? html(parts.get(1).strip(), format) : null);
      out.element(a, "tolerance", tolerance);
    }
    return q;
  }

  /** The options of an answer block: each its sign ("=" or "~") and its text. */
  private static List<String[]> options(String answers) {
    List<String[]> options = new ArrayList<>();
    int start = -1;
    char sign = 0;
    for (int i = 0; i < answers.length(); i++) {
      char c = answers.charAt(i);
      if (c == '\\') {
        i++;
        continue;
      }
      boolean arrow = c == '-' && i + 1 < answers.length() && answers.charAt(i + 1) == '>';
      if ((c == '=' || c == '~')
          && !arrow
          && !(c == '=' && i > 0 && answers.charAt(i - 1) == '-')) {
        if (start >= 0) {
          options.add(new String[] {String.valueOf(sign), answers.substring(start, i).strip()});
        }
        sign = c;
        start = i + 1;
      }
    }
    if (start >= 0) {
      options.add(new String[] {String.valueOf(sign), answers.substring(start).strip()});
    }
    return options;
  }

  /** Splits on unescaped {@code separator}. */
  private static List<String> split(String text, char separator) {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        current.append(c).append(text.charAt(++i));
      } else if (c == separator) {
        parts.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    parts.add(current.toString());
    return parts;
  }

  /** The index of {@code token} from {@code from}, skipping escaped characters; -1 if none. */
  static int unescaped(String text, String token, int from) {
    for (int i = from; i < text.length(); i++) {
      if (text.charAt(i) == '\\') {
        i++;
      } else if (text.startsWith(token, i)) {
        return i;
      }
    }
    return -1;
  }

  static String unescape(String text) {
    return text.replaceAll("\\\\([~=#{}:\\\\])", "$1").replace("\\n", "\n");
  }

  /** A GIFT text as HTML: [html] text is HTML already; other formats are plain text. */
  private static String html(String text, String format) {
    String plain = unescape(text.strip());
    boolean html =
        format.equals("html") || plain.contains("class=\"multilang\"") || plain.contains("{mlang");
    return html ? plain : Entities.escape(plain).replace("\n", "<br>");
  }

  private static String name(String name, String text, int number) {
    if (name != null && !name.isBlank()) {
      return name;
    }
    String plain = MoodleXml.plain(unescape(text)).replaceAll("\\s+", " ").strip();
    return plain.isEmpty()
        ? "Question " + number
        : plain.substring(0, Math.min(40, plain.length()));
  }
}
