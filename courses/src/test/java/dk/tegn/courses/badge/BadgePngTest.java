package dk.tegn.courses.badge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.courses.badge.control.BadgePng;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class BadgePngTest {

  static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  static final String ASSERTION =
      "{\"@context\":\"https://w3id.org/openbadges/v2\",\"type\":\"Assertion\",\"id\":\"x\","
          + "\"badge\":\"Menneskehandel — tegnene\"}";

  @Test
  void eachCourseHasItsOwnSquarePngImage() throws Exception {
    byte[] png = BadgePng.courseImage(7);
    assertArrayEquals(SIGNATURE, Arrays.copyOf(png, 8));
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertNotNull(image);
    assertEquals(256, image.getWidth());
    assertEquals(256, image.getHeight());
    assertArrayEquals(png, BadgePng.courseImage(7), "the same course draws the same image");
    assertFalse(Arrays.equals(png, BadgePng.courseImage(8)), "another course, another colour");
    assertEquals(Optional.empty(), BadgePng.extract(png), "the course image is not baked");
  }

  @Test
  void aBakedPngCarriesTheAssertionInOneUncompressedOpenbadgesItxtChunk() throws Exception {
    byte[] baked = BadgePng.bake(BadgePng.courseImage(7), ASSERTION);
    assertEquals(Optional.of(ASSERTION), BadgePng.extract(baked));
    assertNotNull(ImageIO.read(new ByteArrayInputStream(baked)), "still an image");

    // read the chunks as the Baking specification describes, not through ImageIO
    List<Chunk> openbadges =
        chunks(baked).stream().filter(c -> c.type().equals("iTXt")).filter(Chunk::isBadge).toList();
    assertEquals(1, openbadges.size());
    Chunk chunk = openbadges.get(0);
    byte[] data = chunk.data();
    int at = "openbadges".length() + 1;
    assertEquals(0, data[at], "compression flag: not compressed");
    assertEquals(0, data[at + 1], "compression method");
    int languageEnd = indexOf(data, at + 2);
    int translatedEnd = indexOf(data, languageEnd + 1);
    String text =
        new String(
            data, translatedEnd + 1, data.length - translatedEnd - 1, StandardCharsets.UTF_8);
    assertEquals(ASSERTION, text);
  }

  @Test
  void bakingABakedBadgeAgainReplacesItsAssertion() {
    byte[] once = BadgePng.bake(BadgePng.courseImage(7), ASSERTION);
    byte[] twice = BadgePng.bake(once, "{\"id\":\"y\"}");
    assertEquals(Optional.of("{\"id\":\"y\"}"), BadgePng.extract(twice));
    assertEquals(1, chunks(twice).stream().filter(Chunk::isBadge).count());
  }

  @Test
  void somethingThatIsNotAPngIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> BadgePng.bake("GIF89a".getBytes(StandardCharsets.US_ASCII), ASSERTION));
  }

  record Chunk(String type, byte[] data) {
    boolean isBadge() {
      return type.equals("iTXt")
          && new String(data, 0, Math.min(11, data.length), StandardCharsets.ISO_8859_1)
              .equals("openbadges\0");
    }
  }

  /** The chunks of a PNG datastream, each CRC checked. */
  static List<Chunk> chunks(byte[] png) {
    assertArrayEquals(SIGNATURE, Arrays.copyOf(png, 8));
    ByteBuffer in = ByteBuffer.wrap(png, 8, png.length - 8);
    List<Chunk> chunks = new ArrayList<>();
    while (in.hasRemaining()) {
      int length = in.getInt();
      byte[] typeAndData = new byte[4 + length];
      in.get(typeAndData);
      CRC32 crc = new CRC32();
      crc.update(typeAndData);
      assertEquals(crc.getValue(), Integer.toUnsignedLong(in.getInt()), "chunk CRC");
      chunks.add(
          new Chunk(
              new String(typeAndData, 0, 4, StandardCharsets.US_ASCII),
              Arrays.copyOfRange(typeAndData, 4, typeAndData.length)));
    }
    assertTrue(chunks.get(chunks.size() - 1).type().equals("IEND"));
    return chunks;
  }

  private static int indexOf(byte[] data, int from) {
    for (int i = from; i < data.length; i++) {
      if (data[i] == 0) {
        return i;
      }
    }
    throw new AssertionError("no separator");
  }
}
