package dk.tegn.web.security;

import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.security.auth.message.config.AuthConfigFactory;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Registers {@link TegnServerAuthModule} for Tegn's context with Jakarta Authentication 3.0's
 * {@code AuthConfigFactory.registerServerAuthModule}, the call Soteria's {@code
 * SamRegistrationInstaller} makes for its bridge. Listeners start after the container initializers,
 * so this registration (same layer, same context) replaces Soteria's; the container is told of the
 * change by the factory's registration listeners. Soteria's own listener removes the registration
 * when the context ends, as ours does.
 *
 * <p>Left to Soteria: {@link #SOTERIA_BRIDGE} set, an application that names one of Payara's
 * built-in mechanisms ({@code fish.payara.security.mechanism}) or has no mechanism of its own.
 */
@WebListener
public class AuthModuleRegistration implements ServletContextListener {

  /** The servlet context attribute holding the registered module (read by the tests). */
  static final String MODULE_ATTRIBUTE = TegnServerAuthModule.class.getName();

  /**
   * {@code true} ({@code TEGN_SECURITY_SOTERIA_BRIDGE=true}) leaves Soteria's own bridge in place:
   * the way before, for a comparison, or should a Payara upgrade change what the module reuses.
   */
  static final String SOTERIA_BRIDGE = "tegn.security.soteria-bridge";

  private static final String PAYARA_MECHANISM_PARAMETER = "fish.payara.security.mechanism";
  private static final Logger LOG = Logger.getLogger(AuthModuleRegistration.class.getName());

  @Inject BeanManager beans;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    ServletContext servletContext = event.getServletContext();
    if (ConfigProvider.getConfig().getOptionalValue(SOTERIA_BRIDGE, Boolean.class).orElse(false)) {
      LOG.info(SOTERIA_BRIDGE + " is set: Soteria's bridge authenticates");
      return;
    }
    if (servletContext.getInitParameter(PAYARA_MECHANISM_PARAMETER) != null) {
      LOG.info("a Payara mechanism is named: Soteria's bridge stays");
      return;
    }
    Bean<?> bean = beans.resolve(beans.getBeans(HttpAuthenticationMechanism.class));
    if (bean == null) {
      return;
    }
    TegnServerAuthModule module = new TegnServerAuthModule(mechanism(bean));
    AuthConfigFactory.getFactory().registerServerAuthModule(module, servletContext);
    servletContext.setAttribute(MODULE_ATTRIBUTE, module);
    LOG.info(
        () -> "authentication: " + bean.getBeanClass().getName() + " through TegnServerAuthModule");
  }

  /**
   * Soteria's way to the mechanism (the default-qualified bean's contextual reference), taken once
   * when the bean has a normal scope: its reference is a client proxy, valid for the application's
   * life. A pseudo-scoped mechanism is resolved on each call, as Soteria does.
   */
  private Supplier<HttpAuthenticationMechanism> mechanism(Bean<?> bean) {
    Supplier<HttpAuthenticationMechanism> resolve =
        () ->
            (HttpAuthenticationMechanism)
                beans.getReference(
                    bean, HttpAuthenticationMechanism.class, beans.createCreationalContext(bean));
    if (!beans.isNormalScope(bean.getScope())) {
      return resolve;
    }
    HttpAuthenticationMechanism proxy = resolve.get();
    return () -> proxy;
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    if (event.getServletContext().getAttribute(MODULE_ATTRIBUTE) != null) {
      AuthConfigFactory.getFactory().removeServerAuthModule(event.getServletContext());
    }
  }
}
