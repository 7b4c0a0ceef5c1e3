package dk.tegn.core.security.control;

import dk.tegn.core.security.ContinuedCaller;
import dk.tegn.core.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

/**
 * Makes each request's {@link CurrentCaller}. A producer, not a request-scoped bean class: Payara
 * looks through the class of every bean instance it creates for resource annotations to inject
 * (reflection and a service lookup each time), which was about 4 % of an answer save's CPU for the
 * one caller of each request (ops/BENCHMARKS.md section 9.3); a produced caller is only
 * constructed. What it holds is application-wide: the container's security context answers for the
 * current request, the continued caller is request-scoped behind its proxy.
 */
@ApplicationScoped
public class SignedInCallers {

  @Inject SecurityContext securityContext;
  @Inject ContinuedCaller continued;
  @Inject CallerRows rows;

  @Produces
  @RequestScoped
  CurrentCaller current() {
    return new SignedInCaller(securityContext, continued, rows);
  }
}
