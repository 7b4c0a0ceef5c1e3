package dk.tegn.courses.course.boundary;

import dk.tegn.courses.CoursesNavigation;
import dk.tegn.courses.course.control.CourseAuthoring;
import dk.tegn.courses.version.entity.PublishedCourse;
import dk.tegn.courses.version.entity.PublishedItem;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Backs /courses/author/preview.xhtml?id=&item=&reveal=: the draft exactly as a trainee would see
 * it after publishing, with nothing recorded and no module locked. View scoped for the ids: the
 * layout's language switch posts back to this page, and its rendered conditions are read before
 * anything else. The draft is read once per request.
 */
@Named
@ViewScoped
public class AuthorPreviewBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String PREVIEW = "courses.author.preview";

  @Inject CourseAuthoring authoring;

  private long id;
  private Long item;
  private boolean reveal;

  /** Without a course id (the language switch reloads without parameters): the course list. */
  public String load() {
    return id == 0 ? CoursesNavigation.AUTHORING + "?faces-redirect=true" : null;
  }

  public PublishedCourse getCourse() {
    return (PublishedCourse)
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestMap()
            .computeIfAbsent(PREVIEW, k -> authoring.preview(id));
  }

  public PublishedItem getCurrent() {
    List<PublishedItem> items = getCourse().items();
    if (items.isEmpty()) {
      return null;
    }
    return item == null ? items.get(0) : getCourse().item(item).orElse(items.get(0));
  }

  public PublishedItem getPrevious() {
    return neighbour(-1);
  }

  public PublishedItem getNext() {
    return neighbour(1);
  }

  private PublishedItem neighbour(int step) {
    List<PublishedItem> items = getCourse().items();
    int index = items.indexOf(getCurrent()) + step;
    return index >= 0 && index < items.size() ? items.get(index) : null;
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public Long getItem() {
    return item;
  }

  public void setItem(Long item) {
    this.item = item;
  }

  public boolean isReveal() {
    return reveal;
  }

  public void setReveal(boolean reveal) {
    this.reveal = reveal;
  }
}
