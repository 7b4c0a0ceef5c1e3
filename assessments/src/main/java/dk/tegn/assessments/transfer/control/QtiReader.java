package dk.tegn.assessments.transfer.control;

import static dk.tegn.core.persistence.JsonP.JSON;

import dk.tegn.assessments.question.entity.ContentProblem;
import dk.tegn.assessments.transfer.control.MoodleXml.Conversion;
import dk.tegn.assessments.transfer.control.MoodleXml.Unmapped;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Maps QTI 2.1 items (and the sections of a test) to a bank file; see {@link Qti21}. */
final class QtiReader {

  private static final List<String> INTERACTIONS =
      List.of("choiceInteraction", "orderInteraction", "matchInteraction", "textEntryInteraction");

  private final String fileName;
  private final List<Unmapped> unmapped = new ArrayList<>();
  private int questions;

  QtiReader(String fileName) {
    this.fileName = fileName;
  }

  Conversion read(Map<String, Element> items, Element test, Collection<String> paths) {
    Map<String, JsonObjectBuilder> categories = new LinkedHashMap<>();
    Map<String, JsonArrayBuilder> questionsOf = new LinkedHashMap<>();
    Map<String, String> categoryOfItem = new LinkedHashMap<>();
    if (test != null) {
      for (Element section : descendants(test, "assessmentSection")) {
        String key = section.getAttribute("identifier");
        categories.put(
            key,
            JSON.createObjectBuilder()
                .add("key", key)
                .add("name", JSON.createObjectBuilder().add("da", section.getAttribute("title"))));
        for (Element ref : children(section, "assessmentItemRef")) {
          String href = ref.getAttribute("href").replaceFirst("^(\\.\\./)+", "");
          paths.stream().filter(p -> p.endsWith(href)).forEach(p -> categoryOfItem.put(p, key));
        }
      }
    }
    for (Map.Entry<String, Element> item : items.entrySet()) {
      String category = categoryOfItem.getOrDefault(item.getKey(), "qti");
      categories.computeIfAbsent(
          category,
          k ->
              JSON.createObjectBuilder()
                  .add("key", k)
                  .add("name", JSON.createObjectBuilder().add("da", "QTI")));
      JsonObjectBuilder question = question(item.getValue());
      if (question != null) {
        questionsOf.computeIfAbsent(category, k -> JSON.createArrayBuilder()).add(question);
        questions++;
      }
    }
    JsonArrayBuilder cats = JSON.createArrayBuilder();
    categories.forEach(
        (key, c) -> {
          if (questionsOf.containsKey(key)) {
            cats.add(c.add("questions", questionsOf.get(key)));
          }
        });
    String bank =
        JSON.createObjectBuilder()
            .add("format", BankTransfer.FORMAT)
            .add("categories", cats)
            .build()
            .toString();
    return new Conversion(bank, questions, List.copyOf(unmapped), List.of());
  }

  private JsonObjectBuilder question(Element item) {
    String key = item.getAttribute("identifier");
    String name = item.getAttribute("title").isBlank() ? key : item.getAttribute("title");
    Element body = child(item, "itemBody");
    Element interaction = null;
    for (Element e : descendants(body, "*")) {
      if (e.getLocalName().endsWith("Interaction")) {
        interaction = e;
        break;
      }
    }
    if (interaction == null || !INTERACTIONS.contains(interaction.getLocalName())) {
      return skipped(
          name, "unmapped.interaction", interaction == null ? "none" : interaction.getLocalName());
    }
    Element response = child(item, "responseDeclaration");
    List<String> correct = new ArrayList<>();
    for (Element v : descendants(child(response, "correctResponse"), "value")) {
      correct.add(v.getTextContent().strip());
    }
    JsonObjectBuilder q = JSON.createObjectBuilder().add("key", key);
    Element prompt = child(interaction, "prompt");
    q.add(
        "text",
        Qti21.translated(
            texts(
                prompt != null ? prompt : child(body, "div") != null ? child(body, "div") : body)));
    Element modal = child(item, "modalFeedback");
    if (modal != null) {
      q.add("generalFeedback", Qti21.translated(texts(modal)));
    }
    switch (interaction.getLocalName()) {
      case "choiceInteraction" -> {
        if ("tegn-true-false".equals(interaction.getAttribute("class"))) {
          return q.add("type", "true-false").add("answer", correct.contains("true"));
        }
        boolean single = "1".equals(interaction.getAttribute("maxChoices"));
        JsonArrayBuilder choices = JSON.createArrayBuilder();
        for (Element c : children(interaction, "simpleChoice")) {
          String id = c.getAttribute("identifier");
          choices.add(
              JSON.createObjectBuilder()
                  .add("key", id)
                  .add("text", Qti21.translated(texts(c)))
                  .add("correct", correct.contains(id)));
        }
        return q.add("type", single ? "single-choice" : "multiple-response")
            .add("choices", choices);
      }
      case "orderInteraction" -> {
        Map<String, Element> byId = new LinkedHashMap<>();
        children(interaction, "simpleChoice")
            .forEach(c -> byId.put(c.getAttribute("identifier"), c));
        JsonArrayBuilder ordered = JSON.createArrayBuilder();
        for (String id : correct) {
          Element c = byId.get(id);
          if (c != null) {
            ordered.add(
                JSON.createObjectBuilder().add("key", id).add("text", Qti21.translated(texts(c))));
          }
        }
        return q.add("type", "ordering").add("items", ordered);
      }
      case "matchInteraction" -> {
        List<Element> sets = children(interaction, "simpleMatchSet");
        if (sets.size() != 2) {
          return skipped(name, "unmapped.matchSets");
        }
        Map<String, Element> right = new LinkedHashMap<>();
        children(sets.get(1), "simpleAssociableChoice")
            .forEach(c -> right.put(c.getAttribute("identifier"), c));
        Map<String, Element> left = new LinkedHashMap<>();
        children(sets.get(0), "simpleAssociableChoice")
            .forEach(c -> left.put(c.getAttribute("identifier"), c));
        JsonArrayBuilder pairs = JSON.createArrayBuilder();
        for (String pair : correct) {
          String[] ends = pair.split("\\s+");
          if (ends.length == 2 && left.containsKey(ends[0]) && right.containsKey(ends[1])) {
            pairs.add(
                JSON.createObjectBuilder()
                    .add("key", ends[0])
                    .add("prompt", Qti21.translated(texts(left.get(ends[0]))))
                    .add("match", Qti21.translated(texts(right.get(ends[1])))));
          }
        }
        return q.add("type", "matching").add("pairs", pairs);
      }
      default -> {
        String baseType = response.getAttribute("baseType").toLowerCase(Locale.ROOT);
        if (!baseType.equals("float") && !baseType.equals("integer")) {
          return skipped(name, "unmapped.textEntryWords");
        }
        if (correct.isEmpty()) {
          return skipped(name, "unmapped.noRight");
        }
        String tolerance = "0";
        for (Element equal : descendants(child(item, "responseProcessing"), "equal")) {
          if (!equal.getAttribute("tolerance").isBlank()) {
            tolerance = equal.getAttribute("tolerance").strip().split("\\s+")[0];
          }
        }
        return q.add("type", "numeric")
            .add("answer", Qti21.decimal(correct.get(0)))
            .add("tolerance", Qti21.decimal(tolerance));
      }
    }
  }

  /** The question is left out; {@code key}'s text says so. */
  private JsonObjectBuilder skipped(String name, String key, Object... arguments) {
    unmapped.add(new Unmapped(fileName, name, ContentProblem.of(key, arguments)));
    return null;
  }

  /** Per-language texts of an element: its spans with xml:lang, else its text as Danish. */
  private static Map<String, String> texts(Element element) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (Element span : children(element, "span")) {
      String lang = span.getAttributeNS(javax.xml.XMLConstants.XML_NS_URI, "lang");
      if (!lang.isBlank()) {
        texts.merge(
            lang.toLowerCase(Locale.ROOT).replaceFirst("[-_].*", ""), text(span), String::concat);
      }
    }
    if (texts.isEmpty()) {
      String all = text(element);
      if (!all.isBlank()) {
        texts.put("da", all);
      }
    }
    return texts;
  }

  /** Text with {@code <br>} as line breaks, interactions left out. */
  private static String text(Element element) {
    StringBuilder out = new StringBuilder();
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
        out.append(n.getNodeValue());
      } else if (n instanceof Element e) {
        if ("br".equals(e.getLocalName())) {
          out.append('\n');
        } else if (!e.getLocalName().endsWith("Interaction")
            && !"prompt".equals(e.getLocalName())) {
          out.append(text(e));
        }
      }
    }
    return out.toString().strip();
  }

  private static Element child(Element parent, String name) {
    List<Element> all = children(parent, name);
    return all.isEmpty() ? null : all.get(0);
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    if (parent == null) {
      return found;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && name.equals(e.getLocalName())) {
        found.add(e);
      }
    }
    return found;
  }

  private static List<Element> descendants(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    if (parent == null) {
      return found;
    }
    var list = parent.getElementsByTagNameNS(Qti21.NS, name);
    for (int i = 0; i < list.getLength(); i++) {
      found.add((Element) list.item(i));
    }
    return found;
  }
}
