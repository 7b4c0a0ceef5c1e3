package dk.tegn.courses.version.entity;

import dk.tegn.i18n.LocalizedText;
import java.util.List;

/** A module as published. */
public record PublishedModule(
    long key, LocalizedText title, boolean lockedUntilPreviousComplete, List<PublishedItem> items) {

  public PublishedModule {
    items = List.copyOf(items);
  }

  public List<PublishedItem> requiredItems() {
    return items.stream().filter(PublishedItem::required).toList();
  }
}
