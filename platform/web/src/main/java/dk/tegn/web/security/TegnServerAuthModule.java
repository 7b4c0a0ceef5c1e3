package dk.tegn.web.security;

import static org.glassfish.soteria.mechanisms.jaspic.Jaspic.fromAuthenticationStatus;
import static org.glassfish.soteria.mechanisms.jaspic.Jaspic.setLastAuthenticationStatus;

import jakarta.security.auth.message.AuthException;
import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.MessagePolicy;
import jakarta.security.auth.message.module.ServerAuthModule;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import javax.security.auth.Subject;
import javax.security.auth.callback.CallbackHandler;
import org.glassfish.soteria.mechanisms.HttpMessageContextImpl;

/**
 * Soteria's JASPIC bridge ({@code HttpBridgeServerAuthModule} of Soteria 3.0.3.payara-p2, the one
 * Payara 6 registers for every application with a mechanism) with the mechanism found once.
 * Soteria's finds it on every {@code validateRequest} and every {@code secureResponse}: a JNDI
 * lookup of {@code java:comp/BeanManager} in a new {@code InitialContext}, then the bean's
 * resolution, twice per request, about 8 % of an answer save's CPU (ops/BENCHMARKS.md §9.13).
 *
 * <p>Everything else is Soteria's own: its {@link HttpMessageContextImpl} (the callbacks that tell
 * the container the caller and groups, the session registration, the parameters of {@code
 * SecurityContext.authenticate}), its status mapping and its last-status attribute that {@code
 * SecurityContext.authenticate} answers from. The same statuses for the same outcomes, so sign-in,
 * sign-out, single sign-on, Basic and API keys and the container's constraints and roles work as
 * before; {@link AuthModuleRegistration} registers it for Tegn's context in place of Soteria's.
 */
final class TegnServerAuthModule implements ServerAuthModule {

  private static final Class<?>[] SUPPORTED = {HttpServletRequest.class, HttpServletResponse.class};

  private final Supplier<HttpAuthenticationMechanism> mechanism;
  private final LongAdder validated = new LongAdder();
  private CallbackHandler handler;

  /**
   * @param mechanism the application's mechanism: a contextual reference kept for the application's
   *     life when its scope is a normal one (a client proxy), else resolved on each call
   */
  TegnServerAuthModule(Supplier<HttpAuthenticationMechanism> mechanism) {
    this.mechanism = mechanism;
  }

  @Override
  public void initialize(
      MessagePolicy requestPolicy,
      MessagePolicy responsePolicy,
      CallbackHandler handler,
      @SuppressWarnings("rawtypes") Map options) {
    this.handler = handler;
  }

  @Override
  public Class<?>[] getSupportedMessageTypes() {
    return SUPPORTED.clone();
  }

  @Override
  public AuthStatus validateRequest(
      MessageInfo messageInfo, Subject clientSubject, Subject serviceSubject) throws AuthException {
    validated.increment();
    HttpMessageContext context = new HttpMessageContextImpl(handler, messageInfo, clientSubject);
    HttpServletRequest request = context.getRequest();
    setLastAuthenticationStatus(request, AuthenticationStatus.NOT_DONE);
    AuthenticationStatus status;
    try {
      status = mechanism.get().validateRequest(request, context.getResponse(), context);
    } catch (AuthenticationException e) {
      // as Soteria: an explicit refusal is SEND_FAILURE; any other exception leaves NOT_DONE
      setLastAuthenticationStatus(request, AuthenticationStatus.SEND_FAILURE);
      throw (AuthException)
          new AuthException("Authentication failure in HttpAuthenticationMechanism").initCause(e);
    }
    setLastAuthenticationStatus(request, status);
    return fromAuthenticationStatus(status);
  }

  @Override
  public AuthStatus secureResponse(MessageInfo messageInfo, Subject serviceSubject)
      throws AuthException {
    HttpMessageContext context = new HttpMessageContextImpl(handler, messageInfo, null);
    try {
      AuthStatus status =
          fromAuthenticationStatus(
              mechanism.get().secureResponse(context.getRequest(), context.getResponse(), context));
      return status == AuthStatus.SUCCESS ? AuthStatus.SEND_SUCCESS : status;
    } catch (AuthenticationException e) {
      throw (AuthException)
          new AuthException("Secure response failure in HttpAuthenticationMechanism").initCause(e);
    }
  }

  /** Called by {@code HttpServletRequest.logout()}: the mechanism ends the session. */
  @Override
  public void cleanSubject(MessageInfo messageInfo, Subject subject) {
    HttpMessageContext context = new HttpMessageContextImpl(handler, messageInfo, subject);
    mechanism.get().cleanSubject(context.getRequest(), context.getResponse(), context);
  }

  /** How many requests this module has authenticated (the tests' proof it is the one in use). */
  long validated() {
    return validated.sum();
  }
}
