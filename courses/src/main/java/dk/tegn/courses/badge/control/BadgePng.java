package dk.tegn.courses.badge.control;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.w3c.dom.Node;

/**
 * Badge images as PNG: the image of a course's badge, drawn from the course id (shapes only, so no
 * font needs to be installed), and baking per the Open Badges Baking specification: the assertion
 * JSON in one uncompressed {@code iTXt} chunk with the keyword {@code openbadges}, written and read
 * with the JDK's own PNG metadata support.
 */
public final class BadgePng {

  public static final String KEYWORD = "openbadges";

  private static final String PNG_FORMAT = "javax_imageio_png_1.0";
  private static final int SIZE = 256;

  private BadgePng() {}

  /** The badge image of a course: a medal with a check mark, its colour chosen by the course. */
  public static byte[] courseImage(long courseId) {
    BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      // the golden angle spreads neighbouring course ids over distinct hues
      float hue = (float) ((courseId * 0.618033988749895) % 1.0);
      Color main = Color.getHSBColor(hue, 0.55f, 0.55f);
      Color light = Color.getHSBColor(hue, 0.25f, 0.95f);
      Path2D ribbon = new Path2D.Double();
      ribbon.moveTo(78, 150);
      ribbon.lineTo(58, 246);
      ribbon.lineTo(96, 226);
      ribbon.lineTo(118, 254);
      ribbon.lineTo(128, 170);
      ribbon.lineTo(138, 254);
      ribbon.lineTo(160, 226);
      ribbon.lineTo(198, 246);
      ribbon.lineTo(178, 150);
      ribbon.closePath();
      g.setColor(main.darker());
      g.fill(ribbon);
      g.setColor(main);
      g.fill(new Ellipse2D.Double(28, 8, 200, 200));
      g.setColor(light);
      g.fill(new Ellipse2D.Double(48, 28, 160, 160));
      Path2D check = new Path2D.Double();
      check.moveTo(84, 110);
      check.lineTo(116, 142);
      check.lineTo(174, 78);
      g.setColor(main.darker());
      g.setStroke(new BasicStroke(18, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.draw(check);
    } finally {
      g.dispose();
    }
    return write(image, null);
  }

  /** {@code png} with {@code assertion} baked in; any openbadges chunk it had is replaced. */
  public static byte[] bake(byte[] png, String assertion) {
    return write(read(png), assertion);
  }

  /** The text of the first openbadges {@code iTXt} chunk, if the PNG has one. */
  public static Optional<String> extract(byte[] png) {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
      ImageReader reader = pngReader();
      try {
        reader.setInput(in, true, false);
        Node root = reader.getImageMetadata(0).getAsTree(PNG_FORMAT);
        for (Node chunk = root.getFirstChild(); chunk != null; chunk = chunk.getNextSibling()) {
          if (!"iTXt".equals(chunk.getNodeName())) {
            continue;
          }
          for (Node e = chunk.getFirstChild(); e != null; e = e.getNextSibling()) {
            IIOMetadataNode entry = (IIOMetadataNode) e;
            if (KEYWORD.equals(entry.getAttribute("keyword"))) {
              return Optional.of(entry.getAttribute("text"));
            }
          }
        }
        return Optional.empty();
      } finally {
        reader.dispose();
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("not a readable PNG", e);
    }
  }

  private static BufferedImage read(byte[] png) {
    try {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
      if (image == null) {
        throw new IllegalArgumentException("not a PNG");
      }
      return image;
    } catch (IOException e) {
      throw new IllegalArgumentException("not a readable PNG", e);
    }
  }

  private static byte[] write(BufferedImage image, String assertion) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      writer.setOutput(out);
      IIOMetadata metadata =
          writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
      if (assertion != null) {
        metadata.mergeTree(PNG_FORMAT, openbadgesChunk(assertion));
      }
      writer.write(new IIOImage(image, null, metadata));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  private static IIOMetadataNode openbadgesChunk(String assertion) throws IIOInvalidTreeException {
    IIOMetadataNode entry = new IIOMetadataNode("iTXtEntry");
    entry.setAttribute("keyword", KEYWORD);
    // the Baking specification forbids compression
    entry.setAttribute("compressionFlag", "FALSE");
    entry.setAttribute("compressionMethod", "0");
    entry.setAttribute("languageTag", "");
    entry.setAttribute("translatedKeyword", "");
    entry.setAttribute("text", assertion);
    IIOMetadataNode chunk = new IIOMetadataNode("iTXt");
    chunk.appendChild(entry);
    IIOMetadataNode root = new IIOMetadataNode(PNG_FORMAT);
    root.appendChild(chunk);
    return root;
  }

  private static ImageReader pngReader() {
    Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("png");
    return readers.next();
  }
}
