package dk.tegn.coordination.coordinator.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.tegn.coordination.coordinator.CoordinationKit;
import dk.tegn.coordination.coordinator.CoordinationKit.Org;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A cohort's members are read a page at a time in one place, for the reports and the assignments
 * alike: every member once, in id order, in pages of at most {@link CohortMembers#PAGE}, and a
 * cohort without members asked about once.
 */
class CohortMembersTest {

  private final CoordinationKit kit = new CoordinationKit();

  @Test
  void everyMemberComesOnceInIdOrderAPageAtATime() {
    Org org = kit.organisation(0);
    long[] cohorts = new long[3];
    kit.as(
        org.coordinator(),
        w -> {
          Cohorts service = w.get(Cohorts.class);
          for (int i = 0; i < cohorts.length; i++) {
            cohorts[i] = service.create(org.id(), "Sider " + i + " " + org.suffix()).getId();
          }
          return null;
        });
    int members = 2 * CohortMembers.PAGE + CohortMembers.PAGE / 2;
    List<Long> ids = kit.members(org, cohorts[0], "pages-" + org.suffix(), members, false);
    kit.members(org, cohorts[1], "full-" + org.suffix(), CohortMembers.PAGE, false);

    List<List<Long>> pages = pages(cohorts[0]);
    assertEquals(
        List.of(CohortMembers.PAGE, CohortMembers.PAGE, CohortMembers.PAGE / 2),
        pages.stream().map(List::size).toList());
    assertEquals(ids, pages.stream().flatMap(List::stream).toList(), "each once, in id order");
    assertEquals(1, pages(cohorts[1]).size(), "a full page, and nothing asked after it");
    assertEquals(List.of(List.of()), pages(cohorts[2]), "no members: asked once, about nobody");
  }

  /** The named query of a cohort's members is read by this class only. */
  @Test
  void noOtherClassReadsTheMembersByPage() throws IOException {
    List<String> readers;
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      readers =
          sources
              .filter(p -> p.toString().endsWith(".java"))
              .filter(p -> read(p).contains("\"CohortMember.findAccountIdsByCohortAfter\""))
              .map(p -> p.getFileName().toString())
              .sorted()
              .toList();
    }
    assertEquals(List.of("CohortMember.java", "CohortMembers.java"), readers);
  }

  private List<List<Long>> pages(long cohortId) {
    return kit.as(
        null,
        w ->
            w.get(CohortMembers.class)
                .overPages(
                    cohortId,
                    page -> List.of(page),
                    (a, b) -> {
                      List<List<Long>> both = new ArrayList<>(a);
                      both.addAll(b);
                      return both;
                    }));
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
