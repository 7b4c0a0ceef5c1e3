package dk.tegn.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a small JSON text (a LocalizedText column, an attempt slot's presentation) through the
 * static {@code Json.createReader}, which looks the provider up with a ServiceLoader on every call,
 * against a provider looked up once. On this plain class path the lookup is cheap compared with
 * Payara's, where thread dumps under load showed most request threads inside {@code
 * JsonProvider.provider()} (ops/BENCHMARKS.md); this measures the floor of the difference.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class JsonProviderBenchmark {

  static final JsonProvider PROVIDER = JsonProvider.provider();
  final String column = "{\"da\":\"Tegn på menneskehandel\",\"en\":\"Signs of human trafficking\"}";

  @Benchmark
  public JsonObject staticJsonLookupEachCall() {
    try (JsonReader r = Json.createReader(new StringReader(column))) {
      return r.readObject();
    }
  }

  @Benchmark
  public JsonObject providerLookedUpOnce() {
    try (JsonReader r = PROVIDER.createReader(new StringReader(column))) {
      return r.readObject();
    }
  }
}
