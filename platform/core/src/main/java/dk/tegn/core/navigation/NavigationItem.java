package dk.tegn.core.navigation;

import dk.tegn.core.account.Role;

/**
 * One entry of the main menu, shown only to callers holding {@code role} (null: every signed-in
 * caller), and when {@code nationalOnly}, only to those holding it in a national organisation.
 *
 * @param bundle the i18n bundle base name holding {@code labelKey}, e.g.
 *     "dk.tegn.i18n.CoursesMessages"
 * @param outcome the view id, e.g. "/courses/learn/my-courses.xhtml"
 * @param order position in the menu, ascending
 */
public record NavigationItem(
    String bundle, String labelKey, String outcome, Role role, int order, boolean nationalOnly) {

  public NavigationItem(String bundle, String labelKey, String outcome, Role role, int order) {
    this(bundle, labelKey, outcome, role, order, false);
  }
}
