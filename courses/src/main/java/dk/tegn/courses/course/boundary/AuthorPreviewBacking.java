package dk.tegn.courses.course.boundary;

import dk.tegn.courses.course.control.CourseAuthoring;
import dk.tegn.courses.version.entity.PublishedCourse;
import dk.tegn.courses.version.entity.PublishedItem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Backs /courses/author/preview.xhtml?id=&item=&reveal=: the draft exactly as a trainee would see
 * it after publishing, with nothing recorded and no module locked.
 */
@Named
@RequestScoped
public class AuthorPreviewBacking {

  @Inject CourseAuthoring authoring;

  private long id;
  private Long item;
  private boolean reveal;
  private PublishedCourse course;

  public PublishedCourse getCourse() {
    if (course == null) {
      course = authoring.preview(id);
    }
    return course;
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
