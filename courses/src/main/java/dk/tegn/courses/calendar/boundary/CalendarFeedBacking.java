package dk.tegn.courses.calendar.boundary;

import dk.tegn.courses.calendar.control.CalendarFeeds;
import dk.tegn.courses.certificate.boundary.PublicAddress;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;

/**
 * The calendar card of "My courses": create the feed's address (shown this once), replace it, or
 * stop it.
 */
@Named
@ViewScoped
public class CalendarFeedBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CalendarFeeds feeds;

  private Boolean exists;
  private String address;
  private boolean stopped;

  public boolean isExists() {
    if (exists == null) {
      exists = feeds.exists();
    }
    return exists;
  }

  /** The address just created; null otherwise (it is never shown again). */
  public String getAddress() {
    return address;
  }

  public void create() {
    String token = feeds.create();
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    address = PublicAddress.of(request) + "/calendar/" + token + ".ics";
    exists = true;
    stopped = false;
  }

  public void stop() {
    feeds.stop();
    address = null;
    exists = false;
    stopped = true;
  }

  /** Just stopped: the card says so in place (no growl that a screen reader may miss). */
  public boolean isStopped() {
    return stopped;
  }
}
