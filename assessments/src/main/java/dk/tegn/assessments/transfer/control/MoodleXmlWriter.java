package dk.tegn.assessments.transfer.control;

import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.jsoup.nodes.Entities;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes Moodle XML the way Moodle's own export does: one {@code <question>} per question, a {@code
 * type="category"} question before the questions of each category, HTML texts in CDATA with {@code
 * format="html"}. Texts in more than one language become Moodle's multilang spans ({@code <span
 * lang="da" class="multilang">}), which {@link MoodleXml} reads back per language.
 */
final class MoodleXmlWriter {

  private final Document doc;
  private final Element quiz;

  MoodleXmlWriter() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      doc = factory.newDocumentBuilder().newDocument();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
    quiz = doc.createElement("quiz");
    doc.appendChild(quiz);
  }

  /**
   * Starts a category, written as Moodle writes it ("$course$/top/Parent/Name", a "/" inside a name
   * doubled), its key (if any) as its ID number.
   */
  void category(String path, String key) {
    Element q = doc.createElement("question");
    q.setAttribute("type", "category");
    Element category = doc.createElement("category");
    category.appendChild(text("$course$/top/" + path));
    q.appendChild(category);
    if (key != null) {
      element(q, "idnumber", key);
    }
    quiz.appendChild(q);
  }

  /** A question with its name and question text; the caller adds the type's elements. */
  Element question(String type, String name, String html) {
    Element q = doc.createElement("question");
    q.setAttribute("type", type);
    Element nameElement = doc.createElement("name");
    nameElement.appendChild(text(name));
    q.appendChild(nameElement);
    q.appendChild(html("questiontext", html));
    quiz.appendChild(q);
    return q;
  }

  /** {@code <name format="html"><text><![CDATA[html]]></text></name>}. */
  Element html(String name, String html) {
    Element e = doc.createElement(name);
    e.setAttribute("format", "html");
    Element t = doc.createElement("text");
    t.appendChild(doc.createCDATASection(html));
    e.appendChild(t);
    return e;
  }

  /** An answer with its fraction (percent), text and optional feedback. */
  Element answer(Element question, double fraction, String html, String feedbackHtml) {
    Element a = doc.createElement("answer");
    a.setAttribute("fraction", fraction(fraction));
    a.setAttribute("format", "html");
    Element t = doc.createElement("text");
    t.appendChild(doc.createCDATASection(html));
    a.appendChild(t);
    a.appendChild(html("feedback", feedbackHtml == null ? "" : feedbackHtml));
    question.appendChild(a);
    return a;
  }

  /** A plain child element, e.g. {@code <single>true</single>}. */
  Element element(Element parent, String name, String value) {
    Element e = doc.createElement(name);
    e.setTextContent(value);
    parent.appendChild(e);
    return e;
  }

  Element append(Element parent, Element child) {
    parent.appendChild(child);
    return child;
  }

  private Element text(String value) {
    Element t = doc.createElement("text");
    t.setTextContent(value);
    return t;
  }

  byte[] bytes() {
    try {
      TransformerFactory factory = TransformerFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      Transformer transformer = factory.newTransformer();
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      transformer.setOutputProperty(OutputKeys.INDENT, "yes");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      transformer.transform(new DOMSource(doc), new StreamResult(out));
      return out.toByteArray();
    } catch (TransformerException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Moodle writes fractions with up to seven decimals and no trailing zeros: 100, 33.33333. */
  static String fraction(double percent) {
    String s = String.format(Locale.ROOT, "%.7f", percent);
    return s.replaceFirst("\\.?0+$", "");
  }

  /**
   * A per-language plain text as Moodle HTML: one language as paragraphs, more as one multilang
   * span per language.
   */
  static String html(Map<String, String> texts) {
    if (texts.isEmpty()) {
      return "";
    }
    if (texts.size() == 1) {
      return paragraphs(texts.values().iterator().next());
    }
    StringBuilder out = new StringBuilder();
    texts.forEach(
        (language, text) ->
            out.append("<span lang=\"")
                .append(Entities.escape(language))
                .append("\" class=\"multilang\">")
                .append(paragraphs(text))
                .append("</span>"));
    return out.toString();
  }

  private static String paragraphs(String text) {
    StringBuilder out = new StringBuilder();
    for (String paragraph : text.strip().split("\\n{2,}")) {
      out.append("<p>")
          .append(Entities.escape(paragraph.strip()).replace("\n", "<br>"))
          .append("</p>");
    }
    return out.toString();
  }
}
