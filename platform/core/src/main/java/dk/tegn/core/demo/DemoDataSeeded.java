package dk.tegn.core.demo;

import java.util.Map;

/**
 * Fired once at start on the embedded default after the demo organisations and accounts exist, so
 * each module can add its own demo content (idempotently: it fires at every start).
 *
 * @param organisations organisation id by code
 * @param accounts account id by username
 */
public record DemoDataSeeded(Map<String, Long> organisations, Map<String, Long> accounts) {}
