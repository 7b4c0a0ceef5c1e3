package dk.tegn.load.reference;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * {@code PUT /ratio-ref/api/answers/{attempt}/{slot}} with Tegn's body ({@code {"keys":["2"]}}):
 * one upsert with plain JDBC, answered like Tegn's save ({@code {attemptId, slot, savedAt}}).
 * Nobody is signed in and nothing is checked: the least the stack needs for a save.
 */
@Path("answers/{attempt}/{slot}")
@ApplicationScoped
public class AnswerResource {

  /**
   * What Tegn's save answers, written by the same JSON-B. A class with getters: Payara's Yasson
   * writes a record as {@code {}} (Tegn registers its own JSON-B provider for records), which
   * would make the reference cheaper than it is.
   */
  public static final class Saved {
    private final long attemptId;
    private final int slot;
    private final Instant savedAt;

    Saved(long attemptId, int slot, Instant savedAt) {
      this.attemptId = attemptId;
      this.slot = slot;
      this.savedAt = savedAt;
    }

    public long getAttemptId() {
      return attemptId;
    }

    public int getSlot() {
      return slot;
    }

    public Instant getSavedAt() {
      return savedAt;
    }
  }

  @Resource(lookup = "java:app/jdbc/ratio")
  DataSource dataSource;

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Saved save(
      @PathParam("attempt") long attempt, @PathParam("slot") int slot, JsonObject response)
      throws SQLException {
    Instant now = Instant.now();
    try (Connection c = dataSource.getConnection();
        PreparedStatement upsert =
            c.prepareStatement(
                "INSERT INTO ratio_ref_answer (attempt_id, slot, response, saved_at) VALUES (?, ?,"
                    + " ?, ?) ON DUPLICATE KEY UPDATE response = VALUES(response), saved_at ="
                    + " VALUES(saved_at)")) {
      upsert.setLong(1, attempt);
      upsert.setInt(2, slot);
      upsert.setString(3, response.toString());
      upsert.setTimestamp(4, Timestamp.from(now));
      upsert.executeUpdate();
    }
    return new Saved(attempt, slot, now);
  }
}
