package dk.tegn.web.startup;

import dk.tegn.assessments.attempt.boundary.AttemptStarts;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's own executors. Attempt starts run at most two at a time (one per core of the
 * standard box), so that a start burst cannot take the CPU from the answers being saved
 * (ops/BENCHMARKS.md: 1,000 starts at once; four at a time started no faster and saved slower).
 */
@ManagedExecutorDefinition(name = AttemptStarts.EXECUTOR, maxAsync = AttemptStarts.AT_ONCE)
@ApplicationScoped
public class StartupConcurrency {}
