package dk.tegn.courses.certificate.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;

/**
 * How an organisation's certificates look: its logo at the top, and at the bottom who signs them
 * (name, title and a picture of the signature). Each part is optional; the images are PNG or JPEG,
 * checked before they are kept.
 */
@Entity
@Table(name = "crs_certificate_design")
public class CertificateDesign implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @Column(name = "organisation_id")
  private long organisationId;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  private byte[] logo;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  private byte[] signature;

  @Column(name = "signatory_name", length = 120)
  private String signatoryName;

  @Column(name = "signatory_title", length = 120)
  private String signatoryTitle;

  @Column(name = "updated_by", nullable = false)
  private long updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected CertificateDesign() {}

  public CertificateDesign(long organisationId) {
    this.organisationId = organisationId;
  }

  /** Who signs, as printed under the signature; blank parts are left out. */
  public void signedBy(String name, String title) {
    this.signatoryName = blankToNull(name);
    this.signatoryTitle = blankToNull(title);
  }

  /** A checked PNG or JPEG, or null to print none. */
  public void logo(byte[] image) {
    this.logo = image;
  }

  /** A checked PNG or JPEG, or null to print none. */
  public void signature(byte[] image) {
    this.signature = image;
  }

  public void changedBy(long accountId, Instant at) {
    this.updatedBy = accountId;
    this.updatedAt = at;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public long getOrganisationId() {
    return organisationId;
  }

  public byte[] getLogo() {
    return logo;
  }

  public byte[] getSignature() {
    return signature;
  }

  public String getSignatoryName() {
    return signatoryName;
  }

  public String getSignatoryTitle() {
    return signatoryTitle;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
