package dk.tegn.courses.scorm.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** One file of a package, found by the hash of its path inside the package. */
@Entity
@Table(name = "crs_scorm_file")
@NamedQuery(
    name = "ScormFile.findByPath",
    query = "select f from ScormFile f where f.packageId = :packageId and f.pathHash = :pathHash")
public class ScormFile {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "package_id", nullable = false, updatable = false)
  private long packageId;

  @Column(nullable = false, updatable = false)
  private String path;

  @Column(name = "path_hash", nullable = false, updatable = false)
  private String pathHash;

  @Column(nullable = false, updatable = false)
  private int size;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false, updatable = false)
  private byte[] content;

  protected ScormFile() {}

  public ScormFile(long packageId, String path, byte[] content) {
    this.packageId = packageId;
    this.path = path;
    this.pathHash = hash(path);
    this.size = content.length;
    this.content = content;
  }

  public static String hash(String path) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(path.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public String getPath() {
    return path;
  }

  public int getSize() {
    return size;
  }

  public byte[] getContent() {
    return content;
  }
}
