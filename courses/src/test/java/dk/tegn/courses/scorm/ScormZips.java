package dk.tegn.courses.scorm;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * SCORM 1.2 packages written by the tests, the way authoring tools write them: an imsmanifest.xml
 * with the IMS CP 1.1.2 and ADL CP 1.2 namespaces, and SCOs that talk to the LMS through the
 * pipwerks SCORM wrapper. The test SCO has pages: "Next page" stores the page as {@code
 * lesson_location} and {@code suspend_data} and commits, "Finish" sets the raw score and
 * "completed", "Quit" leaves (pipwerks then sets exit "suspend").
 */
public final class ScormZips {

  private ScormZips() {}

  /** One SCO; {@code mastery} null for none; "Finish" reports {@code raw}. */
  public static byte[] singleSco(Double mastery, int raw) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(
        "imsmanifest.xml",
        utf8(
            manifest(
                "Handel med mennesker: tegn",
                item("intro", "res-intro", "Tegn på menneskehandel", mastery, "start=1"),
                resource("res-intro", "sco", "index.html"))));
    sco(files, "", "index.html", raw);
    return zip(files);
  }

  /** Two SCOs (in folders, the second under a heading item) and an asset. */
  public static byte[] multiSco() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(
        "imsmanifest.xml",
        utf8(
            manifest(
                "To dele",
                item("part1", "res1", "Del 1: Rekruttering", null, null)
                    + "<item identifier=\"heading\"><title>Del 2</title>"
                    + item("part2", "res2", "Del 2: Udnyttelse", 50.0, null)
                    + "</item>"
                    + item("sheet", "res3", "Faktaark", null, null),
                resource("res1", "sco", "part1/index.html")
                    + resource("res2", "sco", "part2/index.html")
                    + resource("res3", "asset", "sheet.html"))));
    sco(files, "part1/", "part1/index.html", 100);
    sco(files, "part2/", "part2/index.html", 70);
    files.put(
        "sheet.html",
        utf8(
            "<!DOCTYPE html><html><head><title>Faktaark</title></head><body><p>Faktaark</p></body></html>"));
    return zip(files);
  }

  public static String manifest(String title, String items, String resources) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <manifest identifier="dk.tegn.test" version="1.0"
            xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
            xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
          <metadata>
            <schema>ADL SCORM</schema>
            <schemaversion>1.2</schemaversion>
          </metadata>
          <organizations default="org">
            <organization identifier="org">
              <title>%s</title>
              %s
            </organization>
          </organizations>
          <resources>
            %s
          </resources>
        </manifest>
        """
        .formatted(title, items, resources);
  }

  public static String item(
      String id, String ref, String title, Double mastery, String dataFromLms) {
    return "<item identifier=\""
        + id
        + "\" identifierref=\""
        + ref
        + "\" isvisible=\"true\"><title>"
        + title
        + "</title>"
        + (dataFromLms == null ? "" : "<adlcp:datafromlms>" + dataFromLms + "</adlcp:datafromlms>")
        + (mastery == null
            ? ""
            : "<adlcp:masteryscore>" + mastery.intValue() + "</adlcp:masteryscore>")
        + "</item>";
  }

  public static String resource(String id, String type, String href) {
    return "<resource identifier=\""
        + id
        + "\" type=\"webcontent\" adlcp:scormtype=\""
        + type
        + "\" href=\""
        + href
        + "\"><file href=\""
        + href
        + "\"/></resource>";
  }

  /** A SCO page with the pipwerks wrapper and the test script, under {@code folder}. */
  static void sco(Map<String, byte[]> files, String folder, String page, int raw) {
    files.put(folder + "SCORM_API_wrapper.js", pipwerks());
    files.put(
        page,
        utf8(
            """
            <!DOCTYPE html>
            <html lang="da">
            <head>
              <meta charset="utf-8">
              <title>Test-SCO</title>
              <script src="SCORM_API_wrapper.js"></script>
              <script src="sco.js"></script>
            </head>
            <body>
              <h1 id="page">...</h1>
              <p>Forbundet: <span id="connected"></span>, indgang: <span id="entry"></span>,
                 data: <span id="suspend"></span>, status: <span id="status"></span></p>
              <button id="next" type="button">Næste side</button>
              <button id="finish" type="button">Afslut</button>
              <button id="quit" type="button">Luk</button>
              <p id="cookie"></p>
            </body>
            </html>
            """));
    files.put(
        folder + "sco.js",
        utf8(
            """
            var scorm = pipwerks.SCORM;
            scorm.version = "1.2";
            var page = 1;
            function show() {
              document.getElementById("page").textContent = "Side " + page;
              document.getElementById("connected").textContent = String(scorm.connection.isActive);
              document.getElementById("status").textContent = scorm.get("cmi.core.lesson_status");
            }
            window.addEventListener("load", function () {
              scorm.init();
              var location = scorm.get("cmi.core.lesson_location");
              page = location ? parseInt(location.replace("side-", ""), 10) : 1;
              document.getElementById("entry").textContent = scorm.get("cmi.core.entry");
              document.getElementById("suspend").textContent = scorm.get("cmi.suspend_data");
              try {
                document.getElementById("cookie").textContent = "cookie:" + document.cookie;
              } catch (e) {
                document.getElementById("cookie").textContent = "cookie:blocked";
              }
              show();
              document.getElementById("next").addEventListener("click", function () {
                page++;
                scorm.set("cmi.core.lesson_location", "side-" + page);
                scorm.set("cmi.suspend_data", "sider=" + page);
                scorm.save();
                show();
              });
              document.getElementById("finish").addEventListener("click", function () {
                scorm.set("cmi.core.score.min", "0");
                scorm.set("cmi.core.score.max", "100");
                scorm.set("cmi.core.score.raw", "RAW");
                scorm.set("cmi.core.lesson_status", "completed");
                scorm.save();
                show();
                scorm.quit();
              });
              document.getElementById("quit").addEventListener("click", function () {
                scorm.quit();
              });
            });
            """
                .replace("RAW", String.valueOf(raw))));
  }

  public static byte[] pipwerks() {
    try (InputStream in = ScormZips.class.getResourceAsStream("/scorm/SCORM_API_wrapper.js")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] zip(Map<String, byte[]> files) {
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

  public static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
