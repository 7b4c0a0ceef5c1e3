package dk.tegn.courses.scorm.boundary;

import dk.tegn.courses.CoursesFaces;
import dk.tegn.courses.scorm.control.ScormPackages;
import dk.tegn.courses.scorm.entity.ScormPackage;
import dk.tegn.courses.scorm.entity.ScormPackageRefused;
import dk.tegn.courses.scorm.entity.ScormSco;
import dk.tegn.i18n.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.List;

/**
 * The SCORM form of /courses/author/course.xhtml, shown for a SCORM item: uploads a SCORM 1.2 zip
 * into the item and, when the package is refused, lists every problem (file, what is wrong) in the
 * trainer's language. Kept apart from the course editor's bean, which it is called with.
 */
@Named
@ViewScoped
public class AuthorScormBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One problem as the trainer reads it. */
  public record Line(String file, String message) implements Serializable {}

  /** The stored package as the page shows it. */
  public record Summary(String title, String fileName, int files, List<String> scos) {}

  @Inject ScormPackages packages;

  private transient Part file;
  private List<Line> problems = List.of();

  public void upload(long courseId, long itemKey) {
    problems = List.of();
    if (file == null || file.getSize() == 0) {
      CoursesFaces.message("scorm:package", FacesMessage.SEVERITY_ERROR, "courses_scorm.noFile");
      return;
    }
    try {
      ScormPackage stored =
          packages.upload(
              courseId,
              itemKey,
              file.getSubmittedFileName(),
              CoursesFaces.bytes(file, ScormPackages.MAX_ZIP_MEGABYTES * 1024L * 1024));
      CoursesFaces.info("courses_scorm.uploaded", stored.getTitle());
    } catch (ScormPackageRefused refused) {
      problems =
          refused.problems().stream()
              .map(
                  p ->
                      new Line(
                          p.file(),
                          Messages.get(
                              Messages.COURSES,
                              CoursesFaces.locale(),
                              p.messageKey(),
                              p.arguments().toArray())))
              .toList();
      CoursesFaces.message(
          null, FacesMessage.SEVERITY_ERROR, "courses_scorm.refused", problems.size());
    }
  }

  /**
   * The package the item plays now, or null before the first upload. Read afresh: the course
   * editor's draft of this request was read before the upload.
   */
  public Summary summary(long courseId, long itemKey) {
    Long packageId = packages.packageOf(courseId, itemKey);
    if (packageId == null) {
      return null;
    }
    ScormPackage p = packages.find(packageId);
    return new Summary(
        p.getTitle(),
        p.getFileName(),
        p.getFileCount(),
        packages.scos(packageId).stream().map(ScormSco::getTitle).toList());
  }

  public List<Line> getProblems() {
    return problems;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
