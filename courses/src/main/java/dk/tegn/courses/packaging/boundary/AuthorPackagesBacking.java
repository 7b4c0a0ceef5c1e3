package dk.tegn.courses.packaging.boundary;

import dk.tegn.core.account.Role;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.courses.CoursesFaces;
import dk.tegn.courses.course.control.CourseAuthoring;
import dk.tegn.courses.course.entity.Course;
import dk.tegn.courses.packaging.control.CoursePackages;
import dk.tegn.courses.packaging.control.PackageFiles;
import dk.tegn.courses.packaging.entity.PackageException;
import dk.tegn.courses.packaging.entity.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.util.List;

/**
 * Backs /courses/author/packages.xhtml: a trainer imports a package zip as a new course or over the
 * draft of one of their courses (optionally publishing it at once), and downloads any of their
 * courses as a package ({@link PackageExportServlet}). A refused package lists every problem with
 * its file and line; nothing of it was imported.
 */
@Named
@RequestScoped
public class AuthorPackagesBacking {

  private static final int SHOWN = 200;

  @Inject CoursePackages packages;
  @Inject CourseAuthoring authoring;
  @Inject CurrentCaller caller;

  private Part file;
  private Long target;
  private boolean publish;
  private String note;
  private List<Problem> problems = List.of();
  private CoursePackages.Imported imported;
  private List<Course> courses;

  public String importPackage() {
    if (file == null || file.getSize() == 0) {
      CoursesFaces.message(
          "import:file", FacesMessage.SEVERITY_ERROR, "courses_author_packages.noFile");
      return null;
    }
    if (file.getSize() > PackageFiles.MAX_BYTES) {
      CoursesFaces.message(
          "import:file",
          FacesMessage.SEVERITY_ERROR,
          "courses_author_packages.tooLarge",
          PackageFiles.MAX_BYTES / (1024 * 1024));
      return null;
    }
    try {
      var files = PackageFiles.fromZip(CoursesFaces.bytes(file, PackageFiles.MAX_BYTES));
      imported =
          target == null
              ? packages.importAsNewCourse(files, organisation())
              : packages.importAsNewDraft(files, target, publish ? publishNote() : null);
      CoursesFaces.info(
          target == null
              ? "courses_author_packages.importedNew"
              : (publish
                  ? "courses_author_packages.importedPublished"
                  : "courses_author_packages.importedDraft"),
          imported.modules(),
          imported.items(),
          imported.publishedVersion());
      return "/courses/author/course.xhtml?faces-redirect=true&id=" + imported.courseId();
    } catch (PackageException refused) {
      problems = refused.problems().stream().sorted().toList();
      CoursesFaces.message(
          null, FacesMessage.SEVERITY_ERROR, "courses_author_packages.refused", problems.size());
      return null;
    } catch (RuleViolationException refused) {
      CoursesFaces.error(null, refused);
      return null;
    }
  }

  private String publishNote() {
    return note == null || note.isBlank() ? "" : note.strip();
  }

  /** New courses go to the trainer's own organisation, or the first they train in. */
  private long organisation() {
    return caller.hasRoleIn(Role.TRAINER, caller.organisationId())
        ? caller.organisationId()
        : caller.organisationsWith(Role.TRAINER).iterator().next();
  }

  public List<Course> getCourses() {
    if (courses == null) {
      courses = authoring.myCourses(0, SHOWN);
    }
    return courses;
  }

  public String exportUrl(long courseId) {
    return CoursesFaces.contextPath() + PackageExportServlet.PATH + "?course=" + courseId;
  }

  public List<Problem> getProblems() {
    return problems;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public Long getTarget() {
    return target;
  }

  public void setTarget(Long target) {
    this.target = target;
  }

  public boolean isPublish() {
    return publish;
  }

  public void setPublish(boolean publish) {
    this.publish = publish;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
