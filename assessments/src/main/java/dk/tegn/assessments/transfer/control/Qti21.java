package dk.tegn.assessments.transfer.control;

import static dk.tegn.core.persistence.JsonP.JSON;

import dk.tegn.assessments.question.entity.ContentProblem;
import dk.tegn.assessments.transfer.control.MoodleXml.Conversion;
import dk.tegn.assessments.transfer.control.MoodleXml.Unmapped;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * IMS QTI 2.1 items and a test in an IMS content package (zip), written from a bank file and read
 * back into one. Mapped: single choice and true/false ({@code choiceInteraction}, one choice),
 * multiple response (any number), ordering ({@code orderInteraction}), matching ({@code
 * matchInteraction}), numeric ({@code textEntryInteraction} of a float with an absolute tolerance),
 * general feedback ({@code modalFeedback}), and both languages as spans with {@code xml:lang}; each
 * category is a section of the test. Not mapped, and listed per question: feedback per choice or
 * per true/false answer, audiences, case questions, and on import text entry of words (Tegn has no
 * such question) and any other interaction.
 */
public final class Qti21 {

  static final String NS = "http://www.imsglobal.org/xsd/imsqti_v2p1";
  static final String CP = "http://www.imsglobal.org/xsd/imscp_v1p1";
  private static final String XML_NS = XMLConstants.XML_NS_URI;
  private static final String TRUE_FALSE = "tegn-true-false";

  /** The package's files and what of the bank it does not hold. */
  public record Export(Map<String, byte[]> files, int questions, List<Unmapped> left) {

    public byte[] zip() {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ZipOutputStream zip = new ZipOutputStream(out)) {
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
          zip.putNextEntry(new ZipEntry(f.getKey()));
          zip.write(f.getValue());
          zip.closeEntry();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return out.toByteArray();
    }
  }

  private Qti21() {}

  // ------------------------------------------------------------------ export

  public static Export export(String bankFile, String fileName) {
    JsonObject bank;
    try (JsonReader reader = JSON.createReader(new StringReader(bankFile))) {
      bank = reader.readObject();
    }
    Map<String, byte[]> files = new LinkedHashMap<>();
    List<Unmapped> left = new ArrayList<>();
    Document test = document();
    Element assessmentTest = qti(test, "assessmentTest");
    test.appendChild(assessmentTest);
    assessmentTest.setAttribute("identifier", "tegn-bank");
    assessmentTest.setAttribute("title", "Tegn");
    Element part = qti(test, "testPart");
    part.setAttribute("identifier", "part");
    part.setAttribute("navigationMode", "nonlinear");
    part.setAttribute("submissionMode", "individual");
    assessmentTest.appendChild(part);
    Document manifest = document();
    Element root = manifest.createElementNS(CP, "manifest");
    root.setAttribute("identifier", "tegn-qti");
    manifest.appendChild(root);
    root.appendChild(manifest.createElementNS(CP, "organizations"));
    Element resources = manifest.createElementNS(CP, "resources");
    root.appendChild(resources);
    int written = 0;
    for (JsonValue c : bank.getJsonArray("categories")) {
      JsonObject category = c.asJsonObject();
      String categoryKey = category.getString("key");
      Element section = qti(test, "assessmentSection");
      section.setAttribute("identifier", id(categoryKey));
      section.setAttribute("title", firstText(category.getJsonObject("name"), categoryKey));
      section.setAttribute("visible", "true");
      part.appendChild(section);
      for (JsonValue v : category.getJsonArray("questions")) {
        JsonObject q = v.asJsonObject();
        String key = q.getString("key");
        if (q.containsKey("audiences") && !q.getJsonArray("audiences").isEmpty()) {
          left.add(new Unmapped(fileName, key, ContentProblem.of("unmapped.audiences", "QTI")));
        }
        Document item = item(q, key, fileName, left);
        if (item == null) {
          left.add(
              new Unmapped(
                  fileName,
                  key,
                  ContentProblem.of("unmapped.noFormatCounterpart", q.getString("type"), "QTI")));
          continue;
        }
        String href = "items/" + categoryKey + "/" + key + ".xml";
        files.put(href, bytes(item));
        Element ref = qti(test, "assessmentItemRef");
        ref.setAttribute("identifier", id(categoryKey + "-" + key));
        ref.setAttribute("href", "../" + href);
        section.appendChild(ref);
        resource(manifest, resources, id(categoryKey + "-" + key), "imsqti_item_xmlv2p1", href);
        written++;
      }
    }
    files.put("tests/test.xml", bytes(test));
    resource(manifest, resources, "test", "imsqti_test_xmlv2p1", "tests/test.xml");
    if (bank.containsKey("quizzes") && !bank.getJsonArray("quizzes").isEmpty()) {
      left.add(new Unmapped(fileName, "", ContentProblem.of("unmapped.quizzesQti")));
    }
    Map<String, byte[]> ordered = new LinkedHashMap<>();
    ordered.put("imsmanifest.xml", bytes(manifest));
    ordered.putAll(files);
    return new Export(ordered, written, List.copyOf(left));
  }

  private static void resource(
      Document manifest, Element resources, String identifier, String type, String href) {
    Element r = manifest.createElementNS(CP, "resource");
    r.setAttribute("identifier", identifier);
    r.setAttribute("type", type);
    r.setAttribute("href", href);
    Element file = manifest.createElementNS(CP, "file");
    file.setAttribute("href", href);
    r.appendChild(file);
    resources.appendChild(r);
  }

  private static Document item(JsonObject q, String key, String fileName, List<Unmapped> left) {
    String type = q.getString("type");
    Document doc = document();
    Element item = qti(doc, "assessmentItem");
    doc.appendChild(item);
    item.setAttribute("identifier", id(key));
    item.setAttribute("title", key);
    item.setAttribute("adaptive", "false");
    item.setAttribute("timeDependent", "false");
    Element response = qti(doc, "responseDeclaration");
    response.setAttribute("identifier", "RESPONSE");
    item.appendChild(response);
    Element outcome = qti(doc, "outcomeDeclaration");
    outcome.setAttribute("identifier", "SCORE");
    outcome.setAttribute("cardinality", "single");
    outcome.setAttribute("baseType", "float");
    item.appendChild(outcome);
    boolean general = q.containsKey("generalFeedback");
    if (general) {
      Element feedback = qti(doc, "outcomeDeclaration");
      feedback.setAttribute("identifier", "FEEDBACK");
      feedback.setAttribute("cardinality", "single");
      feedback.setAttribute("baseType", "identifier");
      item.appendChild(feedback);
    }
    Element body = qti(doc, "itemBody");
    item.appendChild(body);
    Element correct = qti(doc, "correctResponse");
    String template = "match_correct";
    switch (type) {
      case "single-choice", "multiple-response", "true-false" -> {
        boolean multiple = type.equals("multiple-response");
        declare(response, multiple ? "multiple" : "single", "identifier");
        Element interaction = interaction(doc, body, "choiceInteraction", q);
        interaction.setAttribute("shuffle", "false");
        interaction.setAttribute("maxChoices", multiple ? "0" : "1");
        if (type.equals("true-false")) {
          interaction.setAttribute("class", TRUE_FALSE);
          boolean answer = q.getBoolean("answer");
          choice(doc, interaction, "simpleChoice", "true", Map.of("en", "True"));
          choice(doc, interaction, "simpleChoice", "false", Map.of("en", "False"));
          value(doc, correct, String.valueOf(answer));
          if (q.containsKey("trueFeedback") || q.containsKey("falseFeedback")) {
            left.add(new Unmapped(fileName, key, ContentProblem.of("unmapped.feedbackPerAnswer")));
          }
        } else {
          for (JsonObject ch : q.getJsonArray("choices").getValuesAs(JsonObject.class)) {
            choice(
                doc,
                interaction,
                "simpleChoice",
                ch.getString("key"),
                texts(ch.getJsonObject("text")));
            if (ch.getBoolean("correct")) {
              value(doc, correct, id(ch.getString("key")));
            }
            if (ch.containsKey("feedback")) {
              left.add(
                  new Unmapped(fileName, key, ContentProblem.of("unmapped.feedbackPerChoice")));
            }
          }
        }
        if (multiple) {
          template = "map_response";
        }
      }
      case "ordering" -> {
        declare(response, "ordered", "identifier");
        Element interaction = interaction(doc, body, "orderInteraction", q);
        interaction.setAttribute("shuffle", "true");
        for (JsonObject it : q.getJsonArray("items").getValuesAs(JsonObject.class)) {
          choice(
              doc,
              interaction,
              "simpleChoice",
              it.getString("key"),
              texts(it.getJsonObject("text")));
          value(doc, correct, id(it.getString("key")));
        }
      }
      case "matching" -> {
        declare(response, "multiple", "directedPair");
        Element interaction = interaction(doc, body, "matchInteraction", q);
        interaction.setAttribute("shuffle", "true");
        var pairs = q.getJsonArray("pairs").getValuesAs(JsonObject.class);
        interaction.setAttribute("maxAssociations", String.valueOf(pairs.size()));
        Element prompts = qti(doc, "simpleMatchSet");
        Element matches = qti(doc, "simpleMatchSet");
        interaction.appendChild(prompts);
        interaction.appendChild(matches);
        for (JsonObject p : pairs) {
          String k = id(p.getString("key"));
          choice(doc, prompts, "simpleAssociableChoice", k, texts(p.getJsonObject("prompt")))
              .setAttribute("matchMax", "1");
          choice(doc, matches, "simpleAssociableChoice", "m-" + k, texts(p.getJsonObject("match")))
              .setAttribute("matchMax", "1");
          value(doc, correct, k + " m-" + k);
        }
        template = "map_response";
      }
      case "numeric" -> {
        declare(response, "single", "float");
        Element p = qti(doc, "div");
        text(doc, p, texts(q.getJsonObject("text")));
        body.appendChild(p);
        Element entry = qti(doc, "textEntryInteraction");
        entry.setAttribute("responseIdentifier", "RESPONSE");
        entry.setAttribute("expectedLength", "12");
        Element holder = qti(doc, "p");
        holder.appendChild(entry);
        body.appendChild(holder);
        value(doc, correct, q.getJsonNumber("answer").bigDecimalValue().toPlainString());
        template = null;
      }
      default -> {
        return null;
      }
    }
    response.appendChild(correct);
    if (template != null && template.equals("map_response")) {
      mapping(doc, response, correct);
    }
    Element processing = qti(doc, "responseProcessing");
    if (template != null) {
      processing.setAttribute(
          "template", "http://www.imsglobal.org/question/qti_v2p1/rptemplates/" + template);
    } else {
      tolerance(doc, processing, q);
    }
    item.appendChild(processing);
    if (general) {
      Element modal = qti(doc, "modalFeedback");
      modal.setAttribute("outcomeIdentifier", "FEEDBACK");
      modal.setAttribute("identifier", "general");
      modal.setAttribute("showHide", "show");
      text(doc, modal, texts(q.getJsonObject("generalFeedback")));
      item.appendChild(modal);
    }
    return doc;
  }

  /** A score of 1 per right association or choice: the map_response template scores by it. */
  private static void mapping(Document doc, Element response, Element correct) {
    Element mapping = qti(doc, "mapping");
    mapping.setAttribute("defaultValue", "0");
    for (Node n = correct.getFirstChild(); n != null; n = n.getNextSibling()) {
      Element entry = qti(doc, "mapEntry");
      entry.setAttribute("mapKey", n.getTextContent());
      entry.setAttribute("mappedValue", "1");
      mapping.appendChild(entry);
    }
    response.appendChild(mapping);
  }

  /** SCORE 1 when the number is within the tolerance of the right one, else 0. */
  private static void tolerance(Document doc, Element processing, JsonObject q) {
    String t =
        q.containsKey("tolerance")
            ? q.getJsonNumber("tolerance").bigDecimalValue().toPlainString()
            : "0";
    Element condition = qti(doc, "responseCondition");
    Element ifElement = qti(doc, "responseIf");
    Element equal = qti(doc, "equal");
    equal.setAttribute("toleranceMode", "absolute");
    equal.setAttribute("tolerance", t + " " + t);
    Element variable = qti(doc, "variable");
    variable.setAttribute("identifier", "RESPONSE");
    Element right = qti(doc, "correct");
    right.setAttribute("identifier", "RESPONSE");
    equal.appendChild(variable);
    equal.appendChild(right);
    ifElement.appendChild(equal);
    ifElement.appendChild(setScore(doc, "1"));
    Element elseElement = qti(doc, "responseElse");
    elseElement.appendChild(setScore(doc, "0"));
    condition.appendChild(ifElement);
    condition.appendChild(elseElement);
    processing.appendChild(condition);
  }

  private static Element setScore(Document doc, String value) {
    Element set = qti(doc, "setOutcomeValue");
    set.setAttribute("identifier", "SCORE");
    Element base = qti(doc, "baseValue");
    base.setAttribute("baseType", "float");
    base.setTextContent(value);
    set.appendChild(base);
    return set;
  }

  private static void declare(Element response, String cardinality, String baseType) {
    response.setAttribute("cardinality", cardinality);
    response.setAttribute("baseType", baseType);
  }

  private static Element interaction(Document doc, Element body, String name, JsonObject q) {
    Element interaction = qti(doc, name);
    interaction.setAttribute("responseIdentifier", "RESPONSE");
    Element prompt = qti(doc, "prompt");
    text(doc, prompt, texts(q.getJsonObject("text")));
    interaction.appendChild(prompt);
    body.appendChild(interaction);
    return interaction;
  }

  private static Element choice(
      Document doc, Element parent, String name, String identifier, Map<String, String> texts) {
    Element choice = qti(doc, name);
    choice.setAttribute("identifier", id(identifier));
    text(doc, choice, texts);
    parent.appendChild(choice);
    return choice;
  }

  private static void value(Document doc, Element correct, String value) {
    Element v = qti(doc, "value");
    v.setTextContent(value);
    correct.appendChild(v);
  }

  /** One span per language, marked with xml:lang; paragraphs as line breaks. */
  private static void text(Document doc, Element parent, Map<String, String> texts) {
    for (Map.Entry<String, String> t : texts.entrySet()) {
      Element span = qti(doc, "span");
      span.setAttributeNS(XML_NS, "xml:lang", t.getKey());
      String[] lines = t.getValue().split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (i > 0) {
          span.appendChild(qti(doc, "br"));
        }
        span.appendChild(doc.createTextNode(lines[i]));
      }
      parent.appendChild(span);
    }
  }

  // ------------------------------------------------------------------ import

  /**
   * Reads a QTI 2.1 content package (zip) or a single item (XML) into a bank file, listing per item
   * what cannot be mapped; problems make the whole file unusable.
   */
  public static Conversion read(String fileName, byte[] file) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    List<ContentProblem> problems = new ArrayList<>();
    if (file.length > 1 && file[0] == 'P' && file[1] == 'K') {
      try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
        long total = 0;
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
          byte[] content = zip.readNBytes(16 << 20);
          total += content.length;
          if (total > 64L << 20) {
            return Conversion.refused(ContentProblem.of("convert.tooLarge", fileName));
          }
          if (!e.isDirectory()) {
            files.put(e.getName(), content);
          }
        }
      } catch (IOException e) {
        problems.add(ContentProblem.of("convert.notZip", fileName));
      }
    } else {
      files.put(fileName, file);
    }
    Map<String, Element> items = new LinkedHashMap<>();
    Element test = null;
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      if (!f.getKey().endsWith(".xml") && !f.getKey().equals(fileName)) {
        continue;
      }
      Element root;
      try {
        root = parser().parse(new ByteArrayInputStream(f.getValue())).getDocumentElement();
      } catch (SAXException | IOException e) {
        problems.add(ContentProblem.of("convert.notXml", f.getKey()));
        continue;
      }
      if (NS.equals(root.getNamespaceURI()) && "assessmentItem".equals(root.getLocalName())) {
        items.put(f.getKey(), root);
      } else if (NS.equals(root.getNamespaceURI())
          && "assessmentTest".equals(root.getLocalName())) {
        test = root;
      }
    }
    if (items.isEmpty() && problems.isEmpty()) {
      problems.add(ContentProblem.of("convert.noItem", fileName));
    }
    if (!problems.isEmpty()) {
      return new Conversion(null, 0, List.of(), problems);
    }
    return new QtiReader(fileName).read(items, test, files.keySet());
  }

  // ------------------------------------------------------------------ helpers

  static Element qti(Document doc, String name) {
    return doc.createElementNS(NS, name);
  }

  /** A QTI identifier: an NCName. Bank keys are letters, digits, ".", "-", "_". */
  static String id(String key) {
    String id = key.replaceAll("[^A-Za-z0-9._-]", "_");
    return Character.isLetter(id.charAt(0)) || id.charAt(0) == '_' ? id : "k" + id;
  }

  static Map<String, String> texts(JsonObject text) {
    Map<String, String> texts = new LinkedHashMap<>();
    if (text != null) {
      text.forEach((l, v) -> texts.put(l, ((JsonString) v).getString()));
    }
    return texts;
  }

  private static String firstText(JsonObject text, String fallback) {
    return texts(text).values().stream().findFirst().orElse(fallback);
  }

  static JsonObjectBuilder translated(Map<String, String> texts) {
    JsonObjectBuilder out = JSON.createObjectBuilder();
    texts.forEach(out::add);
    return out;
  }

  static JsonArrayBuilder array() {
    return JSON.createArrayBuilder();
  }

  static BigDecimal decimal(String s) {
    return new BigDecimal(s.strip());
  }

  /** A namespace-aware parser that reads no DTD and no external entity (the file is untrusted). */
  static javax.xml.parsers.DocumentBuilder parser() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      javax.xml.parsers.DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Document document() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      return factory.newDocumentBuilder().newDocument();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] bytes(Document doc) {
    try {
      TransformerFactory factory = TransformerFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      Transformer transformer = factory.newTransformer();
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      // not indented: QTI texts are mixed content, where added white space would change them
      transformer.setOutputProperty(OutputKeys.INDENT, "no");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      transformer.transform(new DOMSource(doc), new StreamResult(out));
      return out.toByteArray();
    } catch (TransformerException e) {
      throw new IllegalStateException(e);
    }
  }
}
