package dk.tegn.web.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dk.tegn.core.navigation.NavigationContribution;
import dk.tegn.core.navigation.NavigationItem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every menu entry of every module has a place of its own: two entries with the same order would
 * swap places at random between deployments (the modules' beans come in no fixed order). The same
 * entry contributed for two roles (reminder texts for coordinators and admins) may share one.
 */
class NavigationOrderTest {

  @Test
  void noTwoEntriesShareAPlaceInTheMenu() throws Exception {
    List<NavigationItem> items = new ArrayList<>();
    for (JavaClass c :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dk.tegn")) {
      if (c.isAssignableTo(NavigationContribution.class) && !c.isInterface()) {
        items.addAll(
            ((NavigationContribution) c.reflect().getDeclaredConstructor().newInstance()).items());
      }
    }
    assertTrue(items.size() > 20, "found " + items.size() + " menu entries");
    Map<Integer, String> taken = new HashMap<>();
    for (NavigationItem item : items) {
      String entry = item.labelKey() + " " + item.outcome();
      String before = taken.putIfAbsent(item.order(), entry);
      if (before != null) {
        assertEquals(before, entry, "two menu entries at place " + item.order());
      }
    }
  }
}
