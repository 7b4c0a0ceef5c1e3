package dk.tegn.web.startup;

import dk.tegn.assessments.attempt.boundary.AttemptStarts;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's own executors. Attempt starts run a few at a time ({@code
 * tegn.exam.starts.concurrent}, AttemptStarts), so that a start burst cannot take the CPU from the
 * answers being saved (ops/BENCHMARKS.md: 1,000 starts at once when a start drew its questions,
 * four at a time started no faster and saved slower; §3.aa since a start only stamps a prepared
 * attempt). The executor allows the most the setting may ask for.
 */
@ManagedExecutorDefinition(name = AttemptStarts.EXECUTOR, maxAsync = AttemptStarts.MAX_AT_ONCE)
@ApplicationScoped
public class StartupConcurrency {}
