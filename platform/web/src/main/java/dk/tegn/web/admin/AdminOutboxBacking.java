package dk.tegn.web.admin;

import dk.tegn.core.account.Role;
import dk.tegn.core.mail.control.MailOutbox;
import dk.tegn.core.mail.entity.OutboxLine;
import dk.tegn.core.security.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Backs /admin/outbox.xhtml: the newest queued and sent mail of the organisations the admin
 * administers (all of it for a national admin), and one mail's text with its links' secrets masked
 * for anyone but a national admin.
 */
@Named
@ViewScoped
public class AdminOutboxBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PAGE = 200;

  @Inject MailOutbox outbox;
  @Inject CurrentCaller caller;

  private List<OutboxLine> messages;
  private OutboxLine selected;
  private String selectedBody;

  @PostConstruct
  void init() {
    caller.requireRole(Role.ADMIN);
    messages = outbox.recentForAdmin(0, PAGE);
  }

  public void show(OutboxLine message) {
    selectedBody = outbox.bodyForAdmin(message.getId());
    selected = message;
  }

  public String getSelectedBody() {
    return selectedBody;
  }

  public List<OutboxLine> getMessages() {
    return messages;
  }

  public OutboxLine getSelected() {
    return selected;
  }
}
