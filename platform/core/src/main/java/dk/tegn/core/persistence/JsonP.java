package dk.tegn.core.persistence;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider, looked up once for every module: {@code Json.createXxx} looks it up on each
 * call, a class-path scan that dominated reading questions during an exam in Payara
 * (ops/BENCHMARKS.md). Write {@code JSON.createObjectBuilder()} with a static import.
 */
public final class JsonP {

  public static final JsonProvider JSON = JsonProvider.provider();

  private JsonP() {}
}
