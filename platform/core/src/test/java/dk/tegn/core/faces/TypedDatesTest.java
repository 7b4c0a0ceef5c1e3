package dk.tegn.core.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TypedDatesTest {

  static final Locale DA = Locale.forLanguageTag("da");
  static final Locale EN = Locale.ENGLISH;
  static final LocalDate DAY = LocalDate.of(2026, 12, 20);

  @Test
  void danishDatesAreReadDayFirstWithDotsSlashesOrDashesAndIsoToo() {
    for (String typed :
        new String[] {
          "20.12.2026", "20/12/2026", "20-12-2026", "20.12.26", "2026-12-20", " 20. 12. 2026 "
        }) {
      assertEquals(DAY, TypedDates.parse(typed, DA), typed);
    }
    assertEquals(LocalDate.of(2026, 6, 5), TypedDates.parse("5.6.2026", DA));
  }

  @Test
  void englishDatesAreReadDayFirstUnlessOnlyMonthFirstCanBeADay() {
    assertEquals(DAY, TypedDates.parse("20/12/2026", EN));
    assertEquals(DAY, TypedDates.parse("12/20/2026", EN), "the American way");
    assertEquals(DAY, TypedDates.parse("2026-12-20", EN));
    assertEquals(LocalDate.of(2026, 6, 5), TypedDates.parse("05/06/2026", EN), "day first");
    assertThrows(IllegalArgumentException.class, () -> TypedDates.parse("12/20/2026", DA));
  }

  @Test
  void aDateShowsInTheLanguagesPatternAndNonsenseIsRefused() {
    assertEquals("20.12.2026", TypedDates.format(DAY, DA));
    assertEquals("20/12/2026", TypedDates.format(DAY, EN));
    assertNull(TypedDates.parse("  ", EN));
    assertThrows(IllegalArgumentException.class, () -> TypedDates.parse("31.02.2026", DA));
    assertThrows(IllegalArgumentException.class, () -> TypedDates.parse("tomorrow", EN));
  }
}
