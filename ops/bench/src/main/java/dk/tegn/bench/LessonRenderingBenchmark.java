package dk.tegn.bench;

import dk.tegn.courses.content.control.SafeMarkdown;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Lesson rendering: courses' {@code SafeMarkdown#toHtml} (commonmark with GFM tables, then the
 * OWASP sanitizer) on the largest lesson of the starter curriculum, on a long lesson (the same
 * text ten times, about 22 KB) and on a hostile one full of scripts, handlers and foreign images.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LessonRenderingBenchmark {

  static final String FILES = "/courses/files/";
  static final String LESSON = "/starter/embassy/lessons/acting/refer-a-case.en.md";

  String starter;
  String longLesson;
  String hostile;

  @Setup
  public void setUp() throws IOException {
    try (InputStream in = SafeMarkdown.class.getResourceAsStream(LESSON)) {
      if (in == null) {
        throw new IllegalStateException(LESSON + " is not in the tegn-courses jar");
      }
      starter = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    longLesson = (starter + "\n\n").repeat(10);
    StringBuilder h = new StringBuilder("# Indicators\n\n");
    for (int i = 0; i < 40; i++) {
      h.append("<script>alert(")
          .append(i)
          .append(")</script> <img src=\"https://tracker.example/p.gif\" onerror=\"x()\">\n\n")
          .append("| a | b |\n|---|---|\n| [link](javascript:alert(1)) | **bold** |\n\n")
          .append("<iframe src=\"https://video.example\"></iframe> ![up](upload:abcdefghij")
          .append(i)
          .append(")\n\n");
    }
    hostile = h.toString();
  }

  @Benchmark
  public String starterLesson() {
    return SafeMarkdown.toHtml(starter, FILES);
  }

  @Benchmark
  public String longLesson() {
    return SafeMarkdown.toHtml(longLesson, FILES);
  }

  @Benchmark
  public String hostileLesson() {
    return SafeMarkdown.toHtml(hostile, FILES);
  }
}
