package dk.tegn.web.privacy.control;

import static dk.tegn.core.persistence.JsonP.JSON;

import dk.tegn.core.privacy.Declaration;
import dk.tegn.core.privacy.Person;
import dk.tegn.core.privacy.PrivacyProvider;
import dk.tegn.core.privacy.control.DataSubjectRequests.Export;
import dk.tegn.i18n.Messages;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One person's data as a ZIP: {@code <module>.json} per module (machine-readable, for art. 20) and
 * {@code summary-da.html} / {@code summary-en.html}, the same data for reading, with what each
 * module keeps and why. The HTML is built as a document tree, so every value is escaped.
 */
public final class DataArchive {

  public static final List<String> LANGUAGES = List.of("da", "en");

  private DataArchive() {}

  /** The archive's file name: tegn-data-<username>-<date>.zip, in ASCII. */
  public static String fileName(Person person, Instant now) {
    String safe = person.username().replaceAll("[^A-Za-z0-9._-]", "_");
    return "tegn-data-" + safe + "-" + now.toString().substring(0, 10) + ".zip";
  }

  public static byte[] zip(Export export, List<PrivacyProvider> providers, Instant now) {
    Map<String, Declaration> declarations =
        providers.stream()
            .map(PrivacyProvider::declaration)
            .collect(Collectors.toMap(Declaration::module, Function.identity()));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, JsonObject> module : export.modules().entrySet()) {
        add(zip, module.getKey() + ".json", pretty(module.getValue()));
      }
      for (String language : LANGUAGES) {
        add(
            zip,
            "summary-" + language + ".html",
            summary(export, declarations, Locale.forLanguageTag(language), now));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void add(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  static String pretty(JsonObject json) {
    StringWriter out = new StringWriter();
    try (var writer =
        JSON.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
      writer.writeObject(json);
    }
    return out.toString();
  }

  /** The readable summary in one language. */
  static String summary(
      Export export, Map<String, Declaration> declarations, Locale locale, Instant now) {
    Document html = Document.createShell("");
    html.outputSettings().charset(StandardCharsets.UTF_8);
    html.selectFirst("html").attr("lang", locale.getLanguage());
    html.head().appendElement("meta").attr("charset", "utf-8");
    html.head()
        .appendElement("style")
        .appendText(
            "body{font-family:sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}"
                + "table{border-collapse:collapse;margin:.5rem 0 1.5rem}"
                + "th,td{border:1px solid #999;padding:.25rem .5rem;text-align:left;"
                + "vertical-align:top}");
    String title = text(locale, "privacy_archive.title");
    html.title(title);
    Element body = html.body();
    body.appendElement("h1").text(title);
    body.appendElement("p")
        .text(
            Messages.get(
                Messages.PLATFORM,
                locale,
                "privacy_archive.intro",
                export.person().displayName(),
                export.person().username(),
                now.toString()));
    for (Map.Entry<String, JsonObject> module : export.modules().entrySet()) {
      Declaration declaration = declarations.get(module.getKey());
      Element section = body.appendElement("section");
      if (declaration != null) {
        section.appendElement("h2").text(declared(declaration, locale, "title"));
        section.appendElement("p").text(declared(declaration, locale, "purpose"));
        section.appendElement("p").text(declared(declaration, locale, "retention"));
      } else {
        section.appendElement("h2").text(module.getKey());
      }
      for (Map.Entry<String, JsonValue> part : module.getValue().entrySet()) {
        section.appendElement("h3").text(text(locale, "privacy_archive.part." + part.getKey()));
        render(section, part.getValue(), locale);
      }
    }
    return html.outerHtml();
  }

  private static void render(Element parent, JsonValue value, Locale locale) {
    if (value instanceof JsonArray rows) {
      if (rows.isEmpty()) {
        parent.appendElement("p").text(text(locale, "privacy_archive.none"));
        return;
      }
      List<String> columns = new ArrayList<>();
      rows.forEach(
          r ->
              r.asJsonObject().keySet().stream()
                  .filter(k -> !columns.contains(k))
                  .forEach(columns::add));
      Element table = parent.appendElement("table");
      Element head = table.appendElement("tr");
      columns.forEach(c -> head.appendElement("th").text(c));
      for (JsonValue row : rows) {
        Element tr = table.appendElement("tr");
        columns.forEach(c -> tr.appendElement("td").text(plain(row.asJsonObject().get(c))));
      }
    } else if (value instanceof JsonObject object) {
      Element table = parent.appendElement("table");
      object.forEach(
          (k, v) -> {
            Element tr = table.appendElement("tr");
            tr.appendElement("th").text(k);
            tr.appendElement("td").text(plain(v));
          });
    } else {
      parent.appendElement("p").text(plain(value));
    }
  }

  private static String plain(JsonValue value) {
    if (value == null || value == JsonValue.NULL) {
      return "";
    }
    return value instanceof JsonString s ? s.getString() : value.toString();
  }

  public static String declared(Declaration declaration, Locale locale, String part) {
    return Messages.get(declaration.bundle(), locale, declaration.key(part));
  }

  private static String text(Locale locale, String key) {
    return Messages.get(Messages.PLATFORM, locale, key);
  }
}
