package dk.tegn.courses.packaging.control;

import dk.tegn.courses.course.entity.Audience;
import dk.tegn.i18n.ContentLanguages;
import dk.tegn.i18n.LocalizedText;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads typed fields out of course.yaml's YAML nodes, reporting each wrong or missing field at its
 * line. Translated texts are checked against the course's languages once those are known.
 */
final class ManifestFields {

  private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

  private final PackageContents contents;
  private List<String> languages = List.of();

  ManifestFields(PackageContents contents) {
    this.contents = contents;
  }

  List<String> languages() {
    return languages;
  }

  /** A problem at {@code node}'s line of course.yaml (0 when there is no node). */
  void problem(Node node, String key, Object... arguments) {
    contents.add(
        PackageReader.MANIFEST,
        node == null ? 0 : node.getStartMark().getLine() + 1,
        key,
        arguments);
  }

  /**
   * The mapping's fields by name; {@code what} (course, module, item or review) names the mapping
   * in the problems' keys.
   */
  Map<String, Node> fields(MappingNode node, List<String> allowed, String what) {
    Map<String, Node> fields = new LinkedHashMap<>();
    for (NodeTuple t : node.getValue()) {
      String name = scalar(t.getKeyNode());
      if (name == null || !allowed.contains(name)) {
        problem(t.getKeyNode(), "unknownField." + what, name, allowed);
      } else if (fields.put(name, t.getValueNode()) != null) {
        problem(t.getKeyNode(), "fieldTwice", name);
      }
    }
    return fields;
  }

  String key(Map<String, Node> f, Node owner, String what) {
    String key = string(f, "key", owner, true);
    if (key != null && !KEY.matcher(key).matches()) {
      problem(f.get("key"), "badKey." + what);
    }
    return key;
  }

  /** The course's languages, remembered for the translated texts read after them. */
  List<String> readLanguages(Map<String, Node> f, Node owner) {
    List<String> result = new ArrayList<>();
    for (Node n : sequence(f, "languages", owner, true)) {
      String language = scalar(n);
      if (language == null || !ContentLanguages.isSupported(language)) {
        problem(n, "languageNotSupported", language, ContentLanguages.SUPPORTED);
      } else if (result.contains(language)) {
        problem(n, "languageTwice", language);
      } else {
        result.add(language);
      }
    }
    if (f.containsKey("languages") && result.isEmpty()) {
      problem(f.get("languages"), "noLanguage");
    }
    languages = result;
    return result;
  }

  Set<Audience> audiences(Map<String, Node> f) {
    Set<Audience> audiences = new LinkedHashSet<>();
    if (!f.containsKey("audiences")) {
      return audiences;
    }
    for (Node n : sequence(f, "audiences", null, false)) {
      String name = scalar(n);
      try {
        audiences.add(
            Audience.valueOf(String.valueOf(name).toUpperCase(Locale.ROOT).replace('-', '_')));
      } catch (IllegalArgumentException e) {
        problem(n, "unknownAudience", name, audienceNames());
      }
    }
    return audiences;
  }

  static List<String> audienceNames() {
    return Arrays.stream(Audience.values()).map(ManifestFields::audienceName).toList();
  }

  static String audienceName(Audience a) {
    return a.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** A translated text: a mapping language to text, with a text in every course language. */
  LocalizedText text(Map<String, Node> f, String field, Node owner, boolean required) {
    Node node = f.get(field);
    if (node == null) {
      if (required) {
        problem(owner, "missingField", field);
      }
      return LocalizedText.empty();
    }
    if (!(node instanceof MappingNode mapping)) {
      problem(node, "notTranslations", field);
      return LocalizedText.empty();
    }
    LocalizedText text = LocalizedText.empty();
    for (NodeTuple t : mapping.getValue()) {
      String language = scalar(t.getKeyNode());
      String value = scalar(t.getValueNode());
      if (language == null || !ContentLanguages.isSupported(language)) {
        problem(t.getKeyNode(), "textLanguageNotSupported", field, language);
      } else if (value != null && !value.isBlank()) {
        text = text.with(language, value.strip());
      }
    }
    for (String language : languages) {
      if (!text.has(language)) {
        problem(node, "noTextIn", field, language);
      }
    }
    return text;
  }

  String string(Map<String, Node> f, String field, Node owner, boolean required) {
    Node node = f.get(field);
    if (node == null || isNull(node)) {
      if (required) {
        problem(owner, "missingField", field);
      }
      return null;
    }
    String value = scalar(node);
    if (value == null || value.isBlank()) {
      problem(node, "notText", field);
      return null;
    }
    return value.strip();
  }

  LocalDate date(Map<String, Node> f, String field, Node owner) {
    String value = string(f, field, owner, true);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      problem(f.get(field), "notDate", field, value);
      return null;
    }
  }

  int integer(Map<String, Node> f, String field, Node owner, int min, int max, int dflt) {
    Node node = f.get(field);
    if (node == null) {
      return dflt;
    }
    try {
      int value = Integer.parseInt(String.valueOf(scalar(node)).strip());
      if (value < min || value > max) {
        problem(node, "outOfRange", field, min, max);
      }
      return value;
    } catch (NumberFormatException e) {
      problem(node, "notWholeNumber", field);
      return dflt;
    }
  }

  boolean bool(Map<String, Node> f, String field, boolean dflt) {
    Node node = f.get(field);
    if (node == null) {
      return dflt;
    }
    String value = scalar(node);
    if ("true".equals(value) || "false".equals(value)) {
      return Boolean.parseBoolean(value);
    }
    problem(node, "notTrueOrFalse", field);
    return dflt;
  }

  List<Node> sequence(Map<String, Node> f, String field, Node owner, boolean required) {
    Node node = f.get(field);
    if (node == null) {
      if (required) {
        problem(owner, "missingField", field);
      }
      return List.of();
    }
    if (!(node instanceof SequenceNode s)) {
      problem(node, "notList", field);
      return List.of();
    }
    return s.getValue();
  }

  /** The list under {@code field} of a mapping node, read leniently (no problems reported). */
  static List<Node> children(Node node, String field) {
    if (node instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        if (field.equals(scalar(t.getKeyNode())) && t.getValueNode() instanceof SequenceNode s) {
          return s.getValue();
        }
      }
    }
    return List.of();
  }

  static String scalar(Node node) {
    return node instanceof ScalarNode s ? s.getValue() : null;
  }

  static boolean isNull(Node node) {
    return node instanceof ScalarNode s
        && ("null".equals(s.getValue()) || "~".equals(s.getValue()) || s.getValue().isEmpty())
        && s.getTag().getValue().endsWith(":null");
  }
}
