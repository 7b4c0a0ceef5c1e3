package dk.tegn.core.testing;

import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Records the SQL statements EclipseLink sends while a piece of work runs on the current thread, so
 * a test can pin how many statements a hot path costs (an N+1 shows as a count that grows). Entity
 * managers created before {@link #on} do not report to it: create them afterwards.
 */
public final class SqlStatements extends SessionEventAdapter {

  private final ThreadLocal<List<String>> recording = new ThreadLocal<>();

  private SqlStatements() {}

  public static SqlStatements on(EntityManagerFactory emf) {
    SqlStatements statements = new SqlStatements();
    JpaHelper.getServerSession(emf).getEventManager().addListener(statements);
    return statements;
  }

  /** Runs the work and returns the statements it sent, in order. */
  public List<String> during(Runnable work) {
    List<String> sent = new ArrayList<>();
    recording.set(sent);
    try {
      work.run();
      return List.copyOf(sent);
    } finally {
      recording.remove();
    }
  }

  @Override
  public void preExecuteCall(SessionEvent event) {
    List<String> sent = recording.get();
    if (sent != null) {
      sent.add(
          event.getCall() instanceof DatabaseCall call
              ? call.getSQLString()
              : String.valueOf(event.getCall()));
    }
  }
}
