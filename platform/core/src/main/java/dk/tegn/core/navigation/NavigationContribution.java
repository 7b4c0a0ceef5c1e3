package dk.tegn.core.navigation;

import java.util.List;

/**
 * Implemented by one {@code @ApplicationScoped} bean per feature module, so the layout can show a
 * module's pages without core or web knowing the module.
 */
public interface NavigationContribution {

  List<NavigationItem> items();

  /** Home pages this module provides for roles; the web module has a fallback for the rest. */
  default List<HomePage> homePages() {
    return List.of();
  }
}
