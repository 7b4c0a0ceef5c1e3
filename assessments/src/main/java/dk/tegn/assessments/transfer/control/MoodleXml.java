package dk.tegn.assessments.transfer.control;

import static dk.tegn.core.persistence.JsonP.JSON;

import dk.tegn.assessments.question.control.OwnedKeys;
import dk.tegn.assessments.question.entity.ContentProblem;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.bind.annotation.JsonbTransient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document.OutputSettings;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Safelist;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads a Moodle XML question export into a bank file of format {@code tegn-bank/1}, which {@link
 * BankTransfer} then imports all or nothing. What Tegn cannot hold is listed per question instead
 * of being dropped silently: question types Tegn has no counterpart for (short answer, description,
 * essay, ...) are left out, and losses inside a mapped question (images, units, distractors) are
 * named. Moodle's multilang spans ({@code <span lang="en" class="multilang">}) and {@code {mlang}}
 * tags become per-language texts; other HTML becomes plain text with paragraphs.
 */
public final class MoodleXml {

  /**
   * One thing of a question that was not imported, and why: {@code reason} in any language, {@code
   * why} its English text (the API's).
   */
  public record Unmapped(
      String file, String question, String why, @JsonbTransient ContentProblem reason)
      implements java.io.Serializable {

    public Unmapped(String file, String question, ContentProblem reason) {
      this(file, question, reason.toString(), reason);
    }
  }

  /** The bank file, what it leaves out, and problems that make the whole file unusable. */
  public record Conversion(
      String bank, int questions, List<Unmapped> unmapped, List<ContentProblem> problems) {

    /** A file that cannot be converted at all. */
    static Conversion refused(ContentProblem problem) {
      return new Conversion(null, 0, List.of(), List.of(problem));
    }
  }

  private static final Pattern MLANG =
      Pattern.compile("\\{mlang\\s+([a-zA-Z_-]+)\\}(.*?)\\{mlang\\}", Pattern.DOTALL);
  private static final Set<String> NOT_IN_TEGN =
      Set.of("shortanswer", "description", "essay", "multianswer", "calculated");

  private final String fileName;
  private final String language;
  private final List<Unmapped> unmapped = new ArrayList<>();
  private final Map<String, Category> categories = new LinkedHashMap<>();
  private int questions;

  private record Category(
      String key, Map<String, String> name, JsonArrayBuilder questions, Set<String> keys) {}

  private MoodleXml(String fileName, String language) {
    this.fileName = fileName;
    this.language = language;
  }

  /**
   * Converts a Moodle XML file.
   *
   * @param language the language of texts that do not say theirs (no multilang markup)
   */
  public static Conversion convert(String fileName, byte[] xml, String language) {
    Document document;
    try {
      document = parser().parse(new ByteArrayInputStream(xml));
    } catch (SAXException | IOException e) {
      return Conversion.refused(
          ContentProblem.of("convert.unreadableXml", fileName, e.getMessage()));
    }
    org.w3c.dom.Element root = document.getDocumentElement();
    if (!"quiz".equals(root.getTagName())) {
      return Conversion.refused(ContentProblem.of("convert.notMoodle", fileName));
    }
    return new MoodleXml(fileName, language).read(root);
  }

  private Conversion read(org.w3c.dom.Element root) {
    Category category = null;
    for (org.w3c.dom.Element q : children(root, "question")) {
      String type = q.getAttribute("type");
      if ("category".equals(type)) {
        org.w3c.dom.Element idnumber = child(q, "idnumber");
        category =
            category(
                text(child(q, "category")),
                idnumber == null ? "" : idnumber.getTextContent().strip());
        continue;
      }
      Map<String, String> names = languages(text(child(q, "name")));
      String name = names.getOrDefault(language, names.values().stream().findFirst().orElse(""));
      if (category == null) {
        category = category("$course$/top/Moodle", "");
      }
      if (NOT_IN_TEGN.contains(type)) {
        skipped(name, "unmapped.noCounterpart", type);
        continue;
      }
      JsonObjectBuilder question = question(q, type, name);
      if (question != null) {
        String key = unique(OwnedKeys.slug(name, "question"), category.keys());
        category.questions().add(question.add("key", key));
        questions++;
      }
    }
    JsonArrayBuilder cats = JSON.createArrayBuilder();
    for (Category c : categories.values()) {
      cats.add(
          JSON.createObjectBuilder()
              .add("key", c.key())
              .add("name", translated(c.name()))
              .add("questions", c.questions()));
    }
    String bank =
        JSON.createObjectBuilder()
            .add("format", BankTransfer.FORMAT)
            .add("categories", cats)
            .build()
            .toString();
    return new Conversion(bank, questions, List.copyOf(unmapped), List.of());
  }

  private JsonObjectBuilder question(org.w3c.dom.Element q, String type, String name) {
    JsonObjectBuilder out = JSON.createObjectBuilder();
    out.add("text", translated(texts(q, "questiontext", name)));
    Map<String, String> general = texts(q, "generalfeedback", name);
    if (!general.isEmpty()) {
      out.add("generalFeedback", translated(general));
    }
    List<org.w3c.dom.Element> answers = children(q, "answer");
    switch (type) {
      case "multichoice" -> {
        org.w3c.dom.Element singleFlag = child(q, "single");
        boolean single = singleFlag == null || !"false".equals(singleFlag.getTextContent().strip());
        JsonArrayBuilder choices = JSON.createArrayBuilder();
        int correct = 0;
        char key = 'a';
        for (org.w3c.dom.Element a : answers) {
          double fraction = fraction(a);
          boolean right = single ? fraction >= 100 : fraction > 0;
          if (single && fraction > 0 && fraction < 100) {
            lost(name, "unmapped.partialCredit", fraction);
          }
          correct += right ? 1 : 0;
          JsonObjectBuilder choice =
              JSON.createObjectBuilder()
                  .add("key", String.valueOf(key++))
                  .add("text", translated(texts(a, null, name)))
                  .add("correct", right);
          Map<String, String> feedback = texts(child(a, "feedback"), null, name);
          if (!feedback.isEmpty()) {
            choice.add("feedback", translated(feedback));
          }
          choices.add(choice);
        }
        if (answers.size() < 2 || correct == 0) {
          return skipped(name, "unmapped.choicesTooFew");
        }
        return out.add("type", single ? "single-choice" : "multiple-response")
            .add("choices", choices);
      }
      case "truefalse" -> {
        Boolean answer = null;
        for (org.w3c.dom.Element a : answers) {
          boolean isTrue = "true".equalsIgnoreCase(plain(text(a)).strip());
          if (fraction(a) >= 100) {
            answer = isTrue;
          }
          Map<String, String> feedback = texts(child(a, "feedback"), null, name);
          if (!feedback.isEmpty()) {
            out.add(isTrue ? "trueFeedback" : "falseFeedback", translated(feedback));
          }
        }
        if (answer == null) {
          return skipped(name, "unmapped.noRightChoice");
        }
        return out.add("type", "true-false").add("answer", answer);
      }
      case "matching" -> {
        JsonArrayBuilder pairs = JSON.createArrayBuilder();
        int count = 0;
        for (org.w3c.dom.Element sub : children(q, "subquestion")) {
          Map<String, String> prompt = texts(sub, null, name);
          if (prompt.isEmpty()) {
            lost(name, "unmapped.extraWrong");
            continue;
          }
          pairs.add(
              JSON.createObjectBuilder()
                  .add("key", "p" + ++count)
                  .add("prompt", translated(prompt))
                  .add("match", translated(texts(child(sub, "answer"), null, name))));
        }
        if (count < 2) {
          return skipped(name, "unmapped.pairsTooFew");
        }
        return out.add("type", "matching").add("pairs", pairs);
      }
      case "numerical" -> {
        org.w3c.dom.Element right =
            answers.stream().filter(a -> fraction(a) >= 100).findFirst().orElse(null);
        BigDecimal value;
        try {
          value = right == null ? null : new BigDecimal(plain(text(right)).strip());
        } catch (NumberFormatException e) {
          value = null;
        }
        if (value == null) {
          return skipped(name, "unmapped.noNumber");
        }
        if (answers.size() > 1) {
          lost(name, "unmapped.onlyFullyRight");
        }
        if (child(q, "units") != null && !children(child(q, "units"), "unit").isEmpty()) {
          lost(name, "unmapped.noUnits");
        }
        org.w3c.dom.Element toleranceElement = child(right, "tolerance");
        String tolerance =
            toleranceElement == null ? "" : toleranceElement.getTextContent().strip();
        return out.add("type", "numeric")
            .add("answer", value)
            .add(
                "tolerance",
                tolerance.isEmpty() ? BigDecimal.ZERO : new BigDecimal(tolerance).abs());
      }
      default -> {
        return skipped(name, "unmapped.notSupported", type);
      }
    }
  }

  /** The question is left out; {@code key}'s text says so. */
  private JsonObjectBuilder skipped(String name, String key, Object... arguments) {
    unmapped.add(new Unmapped(fileName, name, ContentProblem.of(key, arguments)));
    return null;
  }

  private void lost(String name, String key, Object... arguments) {
    Unmapped u = new Unmapped(fileName, name, ContentProblem.of(key, arguments));
    if (!unmapped.contains(u)) {
      unmapped.add(u);
    }
  }

  /**
   * The category of a Moodle category path; its key is the category's ID number when it has one
   * (Tegn writes its keys there), else made from the path.
   */
  private Category category(String path, String idnumber) {
    List<String> segments = new ArrayList<>();
    for (String s : path.split("/")) {
      if (!s.isBlank() && !s.startsWith("$") && !"top".equals(s)) {
        segments.add(s.strip());
      }
    }
    if (segments.isEmpty()) {
      segments.add("Moodle");
    }
    String key =
        idnumber.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,79}")
            ? idnumber
            : OwnedKeys.slug(String.join(".", segments), "category");
    return categories.computeIfAbsent(
        key,
        k ->
            new Category(
                k,
                languages(segments.get(segments.size() - 1)),
                JSON.createArrayBuilder(),
                new HashSet<>()));
  }

  /** The texts of {@code element}'s {@code <text>} (of its child {@code name}, if given). */
  private Map<String, String> texts(org.w3c.dom.Element element, String name, String question) {
    org.w3c.dom.Element holder = name == null ? element : child(element, name);
    if (holder == null) {
      return Map.of();
    }
    if (!children(holder, "file").isEmpty() || text(holder).contains("<img")) {
      lost(question, "unmapped.images");
    }
    return languages(text(holder));
  }

  /** Per-language plain texts of Moodle HTML; text outside multilang markup is {@code language}. */
  private Map<String, String> languages(String html) {
    Map<String, String> texts = new LinkedHashMap<>();
    Matcher mlang = MLANG.matcher(html);
    while (mlang.find()) {
      texts.merge(mlang.group(1).toLowerCase(Locale.ROOT), mlang.group(2), String::concat);
    }
    org.jsoup.nodes.Document doc = Jsoup.parseBodyFragment(MLANG.matcher(html).replaceAll(""));
    for (Element span : doc.select("span.multilang[lang]")) {
      texts.merge(span.attr("lang").toLowerCase(Locale.ROOT), span.html(), String::concat);
      span.remove();
    }
    String rest = plain(doc.body().html());
    if (!rest.isBlank() && texts.isEmpty()) {
      texts.put(language, rest);
    }
    Map<String, String> plain = new LinkedHashMap<>();
    texts.forEach(
        (lang, text) -> {
          String p = plain(text);
          if (!p.isBlank()) {
            plain.put(lang.replaceFirst("_.*", ""), p);
          }
        });
    return plain;
  }

  /** HTML as plain text: paragraphs and line breaks kept, tags dropped, entities decoded. */
  static String plain(String html) {
    if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
      return html.strip();
    }
    org.jsoup.nodes.Document doc = Jsoup.parseBodyFragment(html);
    doc.outputSettings(new OutputSettings().prettyPrint(false));
    doc.select("br").after("\\n");
    doc.select("p, div, li, h1, h2, h3, h4, h5, h6").before("\\n\\n");
    String text =
        Jsoup.clean(
            doc.body().html(), "", Safelist.none(), new OutputSettings().prettyPrint(false));
    return Parser.unescapeEntities(text.replace("\\n", "\n"), false)
        .replaceAll("[ \\t]+\\n", "\n")
        .replaceAll("\\n{3,}", "\n\n")
        .strip();
  }

  private static JsonObjectBuilder translated(Map<String, String> texts) {
    JsonObjectBuilder out = JSON.createObjectBuilder();
    texts.forEach(out::add);
    return out;
  }

  private static double fraction(org.w3c.dom.Element answer) {
    try {
      return Double.parseDouble(answer.getAttribute("fraction"));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static String unique(String key, Set<String> taken) {
    String candidate = key;
    for (int n = 2; !taken.add(candidate); n++) {
      candidate = key + "-" + n;
    }
    return candidate;
  }

  private static org.w3c.dom.Element child(org.w3c.dom.Element parent, String name) {
    if (parent == null) {
      return null;
    }
    List<org.w3c.dom.Element> found = children(parent, name);
    return found.isEmpty() ? null : found.get(0);
  }

  private static List<org.w3c.dom.Element> children(org.w3c.dom.Element parent, String name) {
    List<org.w3c.dom.Element> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof org.w3c.dom.Element e && e.getTagName().equals(name)) {
        found.add(e);
      }
    }
    return found;
  }

  /** The content of an element's {@code <text>} child; empty when there is none. */
  private static String text(org.w3c.dom.Element element) {
    org.w3c.dom.Element text = child(element, "text");
    return text == null ? "" : text.getTextContent();
  }

  /** A DOM parser that reads no DTD and no external entity (the file is untrusted). */
  private static DocumentBuilder parser() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }
}
