package dk.tegn.courses.scorm.control;

import dk.tegn.courses.scorm.entity.ScormManifest;
import dk.tegn.courses.scorm.entity.ScormManifest.Sco;
import dk.tegn.courses.scorm.entity.ScormPackageRefused;
import dk.tegn.courses.scorm.entity.ScormProblem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads an uploaded SCORM 1.2 zip into a {@link ScormManifest}, or refuses it as a whole with every
 * problem found: no manifest, a SCORM 2004 manifest, paths that would leave the package (zip slip),
 * a zip bomb (too many bytes in all, or a file that unpacks to far more than it takes in the zip),
 * files over the size limit, items whose resource or launch file is missing. Nothing here touches
 * the database: a refused package leaves nothing behind.
 */
public final class ScormPackageReader {

  public static final String MANIFEST = "imsmanifest.xml";
  static final String ZIP = "(zip)";

  /** The limits a package is read within; {@link #DEFAULT} suits the database's packet size. */
  public record Limits(long maxFileBytes, long maxTotalBytes, int maxFiles, int maxRatio) {}

  /**
   * One file at most 15 MB (it is stored in one row, under MariaDB's default 16 MB packet), 256 MB
   * unpacked in all, 5,000 files, and no file of over 1 MB that unpacks to more than 100 times its
   * packed size (real content compresses far less; a bomb far more).
   */
  public static final Limits DEFAULT = new Limits(15L << 20, 256L << 20, 5000, 100);

  private static final long RATIO_FLOOR = 1L << 20;
  private static final String ADLCP_2004 = "http://www.adlnet.org/xsd/adlcp_v1p3";

  private final Limits limits;

  public ScormPackageReader(Limits limits) {
    this.limits = limits;
  }

  public ScormPackageReader() {
    this(DEFAULT);
  }

  public ScormManifest read(byte[] zip) {
    List<ScormProblem> problems = new ArrayList<>();
    Map<String, byte[]> files = unzip(zip, problems);
    if (!problems.isEmpty() && files.isEmpty()) {
      throw new ScormPackageRefused(problems);
    }
    files = withoutCommonFolder(files);
    byte[] manifest = files.get(MANIFEST);
    if (manifest == null) {
      problems.add(ScormProblem.of(MANIFEST, "noManifest"));
      throw new ScormPackageRefused(problems);
    }
    ScormManifest read = manifest(manifest, files, problems);
    if (!problems.isEmpty()) {
      throw new ScormPackageRefused(problems);
    }
    return read;
  }

  private Map<String, byte[]> unzip(byte[] zip, List<ScormProblem> problems) {
    Map<String, byte[]> files = new TreeMap<>();
    long total = 0;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        String name = e.getName();
        if (e.isDirectory()) {
          continue;
        }
        if (!safePath(name)) {
          problems.add(ScormProblem.of(name, "zipSlip"));
          continue;
        }
        if (files.size() >= limits.maxFiles()) {
          problems.add(ScormProblem.of(ZIP, "tooManyFiles", limits.maxFiles()));
          return files;
        }
        byte[] content =
            in.readNBytes((int) Math.min(limits.maxFileBytes() + 1, Integer.MAX_VALUE));
        if (content.length > limits.maxFileBytes()) {
          problems.add(ScormProblem.of(name, "fileTooLarge", megabytes(limits.maxFileBytes())));
          total += content.length + skip(in, limits.maxTotalBytes() - total);
          if (total > limits.maxTotalBytes()) {
            problems.add(ScormProblem.of(ZIP, "tooLarge", megabytes(limits.maxTotalBytes())));
            return files;
          }
          continue;
        }
        long packed = e.getCompressedSize();
        if (content.length > RATIO_FLOOR
            && packed > 0
            && content.length / packed > limits.maxRatio()) {
          problems.add(ScormProblem.of(name, "zipBomb", limits.maxRatio()));
          return files;
        }
        total += content.length;
        if (total > limits.maxTotalBytes()) {
          problems.add(ScormProblem.of(ZIP, "tooLarge", megabytes(limits.maxTotalBytes())));
          return files;
        }
        files.put(name, content);
      }
    } catch (IOException | IllegalArgumentException e) {
      problems.add(ScormProblem.of(ZIP, "notZip"));
      return files;
    }
    if (files.isEmpty() && problems.isEmpty()) {
      problems.add(ScormProblem.of(ZIP, "notZip"));
    }
    return files;
  }

  /** A relative path that stays inside the package on every operating system. */
  static boolean safePath(String name) {
    if (name.isEmpty()
        || name.startsWith("/")
        || name.contains("\\")
        || name.contains("\0")
        || name.matches("^[A-Za-z]:.*")) {
      return false;
    }
    for (String segment : name.split("/")) {
      if (segment.equals("..")) {
        return false;
      }
    }
    return true;
  }

  /** A zip of the package's folder (every path under one top folder) reads as the folder itself. */
  private static Map<String, byte[]> withoutCommonFolder(Map<String, byte[]> files) {
    if (files.containsKey(MANIFEST) || files.isEmpty()) {
      return files;
    }
    String first = files.keySet().iterator().next();
    int slash = first.indexOf('/');
    if (slash < 0) {
      return files;
    }
    String top = first.substring(0, slash + 1);
    if (!files.keySet().stream().allMatch(p -> p.startsWith(top))) {
      return files;
    }
    Map<String, byte[]> stripped = new TreeMap<>();
    files.forEach((p, b) -> stripped.put(p.substring(top.length()), b));
    return stripped;
  }

  private static ScormManifest manifest(
      byte[] xml, Map<String, byte[]> files, List<ScormProblem> problems) {
    Document doc;
    try {
      doc = parser().parse(new ByteArrayInputStream(xml));
    } catch (SAXParseException e) {
      problems.add(ScormProblem.of(MANIFEST, "manifestUnreadable", e.getLineNumber()));
      return null;
    } catch (SAXException | IOException e) {
      problems.add(ScormProblem.of(MANIFEST, "manifestUnreadable", 0));
      return null;
    }
    Element root = doc.getDocumentElement();
    if (!"manifest".equals(root.getLocalName())) {
      problems.add(ScormProblem.of(MANIFEST, "manifestUnreadable", 0));
      return null;
    }
    if (isScorm2004(root)) {
      problems.add(ScormProblem.of(MANIFEST, "scorm2004"));
      return null;
    }
    Map<String, Element> resources = new TreeMap<>();
    Element resourcesElement = child(root, "resources");
    String resourcesBase = resourcesElement == null ? "" : base(resourcesElement);
    for (Element r : children(resourcesElement, "resource")) {
      resources.put(r.getAttribute("identifier"), r);
    }
    Element organization = defaultOrganization(child(root, "organizations"));
    if (organization == null) {
      problems.add(ScormProblem.of(MANIFEST, "noOrganization"));
      return null;
    }
    List<Sco> scos = new ArrayList<>();
    for (Element item : children(organization, "item")) {
      items(item, 0, resources, resourcesBase, files, scos, problems);
    }
    if (scos.isEmpty() && problems.isEmpty()) {
      problems.add(ScormProblem.of(MANIFEST, "noSco"));
    }
    String title = text(child(organization, "title"));
    if (title.isBlank()) {
      title = scos.isEmpty() ? "SCORM" : scos.get(0).title();
    }
    return new ScormManifest(title, scos, files);
  }

  private static void items(
      Element item,
      int level,
      Map<String, Element> resources,
      String resourcesBase,
      Map<String, byte[]> files,
      List<Sco> scos,
      List<ScormProblem> problems) {
    String identifier = item.getAttribute("identifier");
    String title = text(child(item, "title"));
    String ref = item.getAttribute("identifierref");
    if (!ref.isEmpty() && !"false".equalsIgnoreCase(item.getAttribute("isvisible"))) {
      Element resource = resources.get(ref);
      if (resource == null) {
        problems.add(ScormProblem.of(MANIFEST, "resourceMissing", identifier, ref));
      } else {
        String href = resourcesBase + base(resource) + resource.getAttribute("href");
        String file = withoutQuery(href);
        if (href.isBlank()) {
          problems.add(ScormProblem.of(MANIFEST, "launchMissing", identifier, ref));
        } else if (!safePath(file) || !files.containsKey(file)) {
          problems.add(ScormProblem.of(file, "launchFileMissing", identifier));
        } else {
          boolean sco = "sco".equalsIgnoreCase(attribute(resource, "scormtype"));
          scos.add(
              new Sco(
                  identifier,
                  title.isBlank() ? identifier : title,
                  level,
                  href + parameters(href, item.getAttribute("parameters")),
                  sco,
                  mastery(item, identifier, problems),
                  emptyToNull(text(child(item, "datafromlms")))));
        }
      }
    }
    for (Element child : children(item, "item")) {
      items(child, level + 1, resources, resourcesBase, files, scos, problems);
    }
  }

  private static Double mastery(Element item, String identifier, List<ScormProblem> problems) {
    String value = text(child(item, "masteryscore"));
    if (value.isBlank()) {
      return null;
    }
    try {
      double score = Double.parseDouble(value.trim());
      if (score < 0 || score > 100) {
        throw new NumberFormatException(value);
      }
      return score;
    } catch (NumberFormatException e) {
      problems.add(ScormProblem.of(MANIFEST, "masteryInvalid", identifier, value.trim()));
      return null;
    }
  }

  /** SCORM 1.2 appends an item's parameters to the launch address (CAM 1.2, 2.3.5.1). */
  private static String parameters(String href, String parameters) {
    if (parameters.isBlank()) {
      return "";
    }
    String p = parameters.trim();
    if (p.startsWith("?") || p.startsWith("#")) {
      return href.contains("?") && p.startsWith("?") ? "&" + p.substring(1) : p;
    }
    return (href.contains("?") ? "&" : "?") + p;
  }

  private static boolean isScorm2004(Element root) {
    String version = text(child(child(root, "metadata"), "schemaversion")).toLowerCase(Locale.ROOT);
    if (version.contains("2004") || version.contains("1.3")) {
      return true;
    }
    if (!version.isBlank() && version.contains("1.2")) {
      return false;
    }
    return root.getElementsByTagNameNS(ADLCP_2004, "*").getLength() > 0
        || root.lookupPrefix(ADLCP_2004) != null
        || root.getElementsByTagNameNS("http://www.imsglobal.org/xsd/imsss", "*").getLength() > 0;
  }

  private static Element defaultOrganization(Element organizations) {
    List<Element> all = children(organizations, "organization");
    if (all.isEmpty()) {
      return null;
    }
    String wanted = organizations.getAttribute("default");
    return all.stream()
        .filter(o -> o.getAttribute("identifier").equals(wanted))
        .findFirst()
        .orElse(all.get(0));
  }

  private static String base(Element e) {
    String base = e.getAttributeNS(XMLConstants.XML_NS_URI, "base");
    if (base.isEmpty()) {
      return "";
    }
    return base.endsWith("/") ? base : base + "/";
  }

  private static String withoutQuery(String href) {
    String path = href.split("[?#]", 2)[0];
    try {
      // a launch address is a URL: "my%20page.html" is the file "my page.html"
      return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return path;
    }
  }

  /** The value of an attribute by its local name, whatever namespace prefix the tool used. */
  private static String attribute(Element e, String localName) {
    var attributes = e.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Node a = attributes.item(i);
      String name = a.getLocalName() != null ? a.getLocalName() : a.getNodeName();
      if (name.equalsIgnoreCase(localName)) {
        return a.getNodeValue();
      }
    }
    return "";
  }

  private static Element child(Element parent, String localName) {
    List<Element> all = children(parent, localName);
    return all.isEmpty() ? null : all.get(0);
  }

  private static List<Element> children(Element parent, String localName) {
    List<Element> found = new ArrayList<>();
    if (parent == null) {
      return found;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && localName.equals(e.getLocalName())) {
        found.add(e);
      }
    }
    return found;
  }

  private static String text(Element e) {
    return e == null ? "" : e.getTextContent().trim();
  }

  private static String emptyToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static String megabytes(long bytes) {
    return String.valueOf(bytes >> 20);
  }

  /**
   * The JDK's parser with every door to the outside shut: no DOCTYPE (so no entities, internal or
   * external: XXE and billion laughs), no external DTD or schema, no XInclude.
   */
  static DocumentBuilder parser() {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      DocumentBuilder builder = f.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser cannot be hardened", e);
    }
  }

  /** Reads past the rest of an entry, at most {@code atMost} + 1 bytes; returns how many. */
  private static long skip(InputStream in, long atMost) throws IOException {
    byte[] buffer = new byte[8192];
    long skipped = 0;
    for (int n = in.read(buffer); n > 0 && skipped <= atMost; n = in.read(buffer)) {
      skipped += n;
    }
    return skipped;
  }
}
