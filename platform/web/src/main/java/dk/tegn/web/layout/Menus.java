package dk.tegn.web.layout;

import dk.tegn.core.account.Role;
import dk.tegn.core.navigation.HomePage;
import dk.tegn.core.navigation.NavigationContribution;
import dk.tegn.core.navigation.NavigationItem;
import dk.tegn.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The menu entries every module contributes, gathered once, and each menu built once per language
 * and set of visible entries: every page draws the menu, and the modules' contributions never
 * change while Tegn runs (ops/BENCHMARKS.md §9.5). Which entries a caller sees is still decided per
 * request from the caller's roles, so a revoked role leaves the menu on the next page.
 */
@ApplicationScoped
public class Menus {

  /** More variants than roles and languages can make means something is wrong: build, not keep. */
  private static final int MOST_KEPT = 512;

  @Inject Instance<NavigationContribution> contributions;

  private volatile List<NavigationItem> items;
  private volatile List<HomePage> homes;
  private final Map<Variant, List<NavigationBacking.Link>> built = new ConcurrentHashMap<>();

  private record Variant(Locale locale, BitSet visible) {}

  /** The menu of a caller who sees the entries {@code visible} lets through, in {@code locale}. */
  List<NavigationBacking.Link> links(Locale locale, Predicate<NavigationItem> visible) {
    List<NavigationItem> all = items();
    BitSet shown = new BitSet(all.size());
    for (int i = 0; i < all.size(); i++) {
      if (visible.test(all.get(i))) {
        shown.set(i);
      }
    }
    Variant variant = new Variant(locale, shown);
    List<NavigationBacking.Link> links = built.get(variant);
    if (links == null) {
      links = build(all, shown, locale);
      if (built.size() < MOST_KEPT) {
        built.putIfAbsent(variant, links);
      }
    }
    return links;
  }

  private static List<NavigationBacking.Link> build(
      List<NavigationItem> all, BitSet shown, Locale locale) {
    return shown.stream()
        .mapToObj(all::get)
        .map(
            item ->
                new NavigationBacking.Link(
                    Messages.get(item.bundle(), locale, item.labelKey()), item.outcome()))
        .distinct()
        .toList();
  }

  /** Every module's entries, in menu order. */
  List<NavigationItem> items() {
    List<NavigationItem> known = items;
    if (known == null) {
      known =
          contributions.stream()
              .flatMap(c -> c.items().stream())
              .sorted(Comparator.comparingInt(NavigationItem::order))
              .toList();
      items = known;
    }
    return known;
  }

  /** The home page of the first role in {@code priority} that {@code held} lets through. */
  String home(List<Role> priority, Predicate<Role> held, String otherwise) {
    List<HomePage> known = homes;
    if (known == null) {
      known = contributions.stream().flatMap(c -> c.homePages().stream()).toList();
      homes = known;
    }
    for (Role role : priority) {
      if (held.test(role)) {
        for (HomePage home : known) {
          if (home.role() == role) {
            return home.outcome();
          }
        }
      }
    }
    return otherwise;
  }
}
