package dk.tegn.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie is {@code Secure} when Tegn's public address ({@code tegn.public.url}, the
 * launcher's {@code TEGN_PUBLIC_URL}) is https: then users reach Tegn through TLS, usually ended at
 * a proxy that talks plain HTTP to Payara, so the container itself would never mark it secure.
 */
@WebListener
public class SecureCookies implements ServletContextListener {

  private static final Logger LOG = Logger.getLogger(SecureCookies.class.getName());

  @Override
  public void contextInitialized(ServletContextEvent event) {
    String publicUrl =
        ConfigProvider.getConfig().getOptionalValue("tegn.public.url", String.class).orElse("");
    if (isHttps(publicUrl)) {
      event.getServletContext().getSessionCookieConfig().setSecure(true);
      LOG.info("session cookies are Secure: the public address is https");
    }
  }

  static boolean isHttps(String url) {
    return url != null && url.trim().toLowerCase(java.util.Locale.ROOT).startsWith("https://");
  }
}
