package dk.tegn.courses.certificate.boundary;

import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.courses.CoursesFaces;
import dk.tegn.courses.certificate.control.CertificateDesigns;
import dk.tegn.courses.certificate.control.CertificateDesigns.Picture;
import dk.tegn.courses.certificate.entity.CertificateDesign;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * Backs /courses/author/certificate-design.xhtml: the trainer's organisation's logo, signatory and
 * signature on its certificates, with a sample to look at before and after saving.
 */
@Named
@ViewScoped
public class CertificateDesignBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CertificateDesigns designs;

  @Size(max = 120, message = "{platform.tooLong}")
  private String signatoryName;

  @Size(max = 120, message = "{platform.tooLong}")
  private String signatoryTitle;

  private transient Part logo;
  private transient Part signature;
  private boolean removeLogo;
  private boolean removeSignature;
  private boolean hasLogo;
  private boolean hasSignature;

  public void load() {
    CertificateDesign design = designs.mine().orElse(null);
    signatoryName = design == null ? null : design.getSignatoryName();
    signatoryTitle = design == null ? null : design.getSignatoryTitle();
    hasLogo = design != null && design.getLogo() != null;
    hasSignature = design != null && design.getSignature() != null;
    removeLogo = false;
    removeSignature = false;
  }

  /** Saves all or nothing; each picture that cannot be used is named next to its field. */
  public void save() {
    Picture newLogo = picture(logo, removeLogo, "design:logo");
    Picture newSignature = picture(signature, removeSignature, "design:signature");
    if (FacesContext.getCurrentInstance().isValidationFailed()) {
      return;
    }
    try {
      designs.save(signatoryName, signatoryTitle, newLogo, newSignature);
      CoursesFaces.info("courses_certificate_design.saved");
      load();
    } catch (RuleViolationException refused) {
      CoursesFaces.error(null, refused);
    }
  }

  /** The new picture of an upload field, REMOVE when ticked off, null to keep; checked first. */
  private static Picture picture(Part upload, boolean remove, String clientId) {
    if (remove) {
      return Picture.REMOVE;
    }
    if (upload == null || upload.getSize() == 0) {
      return null;
    }
    byte[] bytes = CoursesFaces.bytes(upload, CertificateDesigns.MAX_IMAGE_BYTES);
    try {
      return new Picture(
          CertificateDesigns.checkedImage(bytes, upload.getSubmittedFileName()),
          upload.getSubmittedFileName());
    } catch (RuleViolationException refused) {
      CoursesFaces.error(clientId, refused);
      return null;
    }
  }

  /** The sample certificate in the page's language. */
  public String getPreviewUrl() {
    return CoursesFaces.contextPath()
        + "/courses/author/certificate-preview?lang="
        + CoursesFaces.language();
  }

  public String getSignatoryName() {
    return signatoryName;
  }

  public void setSignatoryName(String signatoryName) {
    this.signatoryName = signatoryName;
  }

  public String getSignatoryTitle() {
    return signatoryTitle;
  }

  public void setSignatoryTitle(String signatoryTitle) {
    this.signatoryTitle = signatoryTitle;
  }

  public Part getLogo() {
    return logo;
  }

  public void setLogo(Part logo) {
    this.logo = logo;
  }

  public Part getSignature() {
    return signature;
  }

  public void setSignature(Part signature) {
    this.signature = signature;
  }

  public boolean isRemoveLogo() {
    return removeLogo;
  }

  public void setRemoveLogo(boolean removeLogo) {
    this.removeLogo = removeLogo;
  }

  public boolean isRemoveSignature() {
    return removeSignature;
  }

  public void setRemoveSignature(boolean removeSignature) {
    this.removeSignature = removeSignature;
  }

  public boolean isHasLogo() {
    return hasLogo;
  }

  public boolean isHasSignature() {
    return hasSignature;
  }
}
