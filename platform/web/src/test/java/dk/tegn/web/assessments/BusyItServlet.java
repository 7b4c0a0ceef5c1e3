package dk.tegn.web.assessments;

import dk.tegn.assessments.attempt.boundary.AttemptStarts;
import dk.tegn.assessments.attempt.control.SaveGate;
import dk.tegn.assessments.attempt.control.SubmitGate;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Test-only HTTP door that makes the box busy for attempts: {@code it/busy?action=starts} takes
 * every thread of the attempt starts' executor (as many as any setting of the queue may use, so its
 * drainers get none), {@code action=saves} every turn of the answer saves' gate, {@code
 * action=submits} every turn of the submits' gate, each held until {@code action=release} (at most
 * a minute, so a failed test frees them). The real queue and gate then refuse as on an overloaded
 * box: a start or save that gets no turn within the bound is answered busy.
 */
@WebServlet("/it/busy")
public class BusyItServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final long HOLD_AT_MOST_SECONDS = 60;

  @Resource(lookup = AttemptStarts.EXECUTOR)
  transient ManagedExecutorService starts;

  @Inject transient SaveGate gate;
  @Inject transient SubmitGate submits;

  private transient CountDownLatch held = new CountDownLatch(0);

  @Override
  protected synchronized void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain;charset=UTF-8");
    String action = request.getParameter("action");
    if ("release".equals(action)) {
      held.countDown();
      response.getWriter().print("released");
      return;
    }
    int turns =
        "starts".equals(action)
            ? AttemptStarts.MAX_AT_ONCE
            : "saves".equals(action)
                ? gate.concurrent()
                : "submits".equals(action) ? submits.concurrent() : 0;
    if (turns == 0) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    CountDownLatch release = held.getCount() > 0 ? held : new CountDownLatch(1);
    held = release;
    CountDownLatch holding = new CountDownLatch(turns);
    Runnable hold =
        () -> {
          holding.countDown();
          await(release);
        };
    for (int i = 0; i < turns; i++) {
      if ("starts".equals(action)) {
        starts.execute(hold);
      } else {
        Supplier<Object> holdTurn =
            () -> {
              hold.run();
              return null;
            };
        Thread saver =
            new Thread(
                "saves".equals(action) ? () -> gate.save(holdTurn) : () -> submits.submit(holdTurn),
                "it-busy-" + action + "-" + i);
        saver.setDaemon(true);
        saver.start();
      }
    }
    if (!await(holding)) {
      release.countDown();
      response.sendError(HttpServletResponse.SC_CONFLICT, "could not take every turn");
      return;
    }
    response.getWriter().print("holding " + turns + " " + action);
  }

  private static boolean await(CountDownLatch latch) {
    try {
      return latch.await(HOLD_AT_MOST_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
