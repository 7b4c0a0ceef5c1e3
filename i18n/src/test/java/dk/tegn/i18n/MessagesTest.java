package dk.tegn.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class MessagesTest {

  private static final Locale DA = Locale.forLanguageTag("da");

  @Test
  void aParsedPatternFormatsAsAFreshMessageFormatInEachLocale() {
    for (Locale locale : List.of(DA, Locale.ENGLISH)) {
      for (String pattern :
          List.of(
              "Spørgsmål {0} af {1}",
              "{0,number,#.##} points, ''quoted'' {1}",
              "{0,choice,0#no questions|1#1 question|1<{0} questions}")) {
        for (Object[] arguments :
            List.of(new Object[] {1, 20}, new Object[] {1234567, "x"}, new Object[] {0, 2.5})) {
          String expected = new MessageFormat(pattern, locale).format(arguments);
          assertEquals(expected, Messages.format(locale, pattern, arguments), pattern);
          assertEquals(expected, Messages.format(locale, pattern, arguments), "parsed once, again");
        }
      }
    }
    assertEquals(
        "Spørgsmål 1.234 af 20",
        Messages.format(DA, "Spørgsmål {0} af {1}", new Object[] {1234, 20}));
  }

  @Test
  void theBundlesMessagesAreTheSameFromManyThreadsAtOnce() throws Exception {
    // a date subformat shared between threads mixes their dates (SimpleDateFormat keeps the one
    // being formatted in its calendar)
    String dated = "{0,date,yyyy-MM-dd HH:mm:ss} / {1,number,#,##0.00}";
    String plain = "Question {0} of {1}";
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int seed = t;
        runs.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 3_000; i++) {
                    Date value = new Date(seed * 10_000_000_000L + i * 1_000_003L);
                    assertEquals(
                        new MessageFormat(dated, Locale.ENGLISH).format(new Object[] {value, i}),
                        Messages.format(Locale.ENGLISH, dated, new Object[] {value, i}));
                    assertEquals(
                        "Question " + (i % 999) + " of " + seed,
                        Messages.format(Locale.ENGLISH, plain, new Object[] {i % 999, seed}));
                  }
                  return null;
                }));
      }
      for (Future<?> run : runs) {
        run.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aBundleKeyIsFormattedWithItsArgumentsAndAMissingOneShowsItself() {
    assertEquals(
        "Question 3 of 20",
        Messages.get(
            Messages.ASSESSMENTS, Locale.ENGLISH, "assessments_take_quiz.question", 3, 20));
    assertEquals(
        "Spørgsmål 3 af 20",
        Messages.get(Messages.ASSESSMENTS, DA, "assessments_take_quiz.question", 3, 20));
    assertEquals("???no.such.key???", Messages.get(Messages.ASSESSMENTS, DA, "no.such.key", 1));
  }
}
