package dk.tegn.web.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.MalformedURLException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The browser's network, as a cable a test can pull: a TCP relay on a local port to the server
 * under test. The browser is pointed at {@link #base()}; {@link #cut()} drops every connection and
 * refuses new ones, {@link #restore()} lets them through again. Unlike Chrome's emulated "offline"
 * (DevTools' Network.emulateNetworkConditions, which applies to the page's own requests but not to
 * what its service worker fetches), this cuts everything the browser sends, service worker and all,
 * as a lost signal does. It also leaves navigator.onLine true, as a dead Wi-Fi often does, so the
 * page must notice failures itself.
 */
public final class NetworkCut implements AutoCloseable {

  private final URL target;
  private final ServerSocket server;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private volatile boolean down;

  public NetworkCut(URL target) {
    this.target = target;
    try {
      server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Thread accept = new Thread(this::accept, "network-cut");
    accept.setDaemon(true);
    accept.start();
  }

  /** The address the browser uses: the same application, through the cable. */
  public URL base() {
    try {
      return new URL("http", "localhost", server.getLocalPort(), target.getPath());
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Drops every open connection at once (a reset) and refuses new ones until restored. */
  public void cut() {
    down = true;
    open.forEach(NetworkCut::reset);
    open.clear();
  }

  public void restore() {
    down = false;
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket browser = server.accept();
        if (down) {
          reset(browser);
          continue;
        }
        Socket app = new Socket(target.getHost(), target.getPort());
        open.add(browser);
        open.add(app);
        AtomicInteger directions = new AtomicInteger(2);
        relay(browser, app, directions);
        relay(app, browser, directions);
      } catch (IOException e) {
        // closed, or one connection failed: the next one is accepted as usual
      }
    }
  }

  private void relay(Socket from, Socket to, AtomicInteger directions) {
    Thread t =
        new Thread(
            () -> {
              try {
                from.getInputStream().transferTo(to.getOutputStream());
                to.shutdownOutput();
              } catch (IOException cut) {
                // reset by cut(), or the other side went away
              } finally {
                if (directions.decrementAndGet() == 0) {
                  open.remove(from);
                  open.remove(to);
                  close(from);
                  close(to);
                }
              }
            },
            "network-cut-relay");
    t.setDaemon(true);
    t.start();
  }

  private static void reset(Socket socket) {
    try {
      socket.setSoLinger(true, 0); // RST, as a lost connection looks to the browser
    } catch (IOException ignored) {
      // closing is what matters
    }
    close(socket);
  }

  private static void close(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // already gone
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    cut();
  }
}
