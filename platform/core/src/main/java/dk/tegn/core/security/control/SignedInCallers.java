package dk.tegn.core.security.control;

import dk.tegn.core.security.ContinuedCaller;
import dk.tegn.core.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

/**
 * Makes each request's {@link CurrentCaller} and {@link ContinuedCaller}. Producers, not
 * request-scoped bean classes: Payara looks through the class of every bean instance it creates for
 * resource annotations to inject (reflection and a service lookup each time), which was about 4 %
 * of an answer save's CPU for the two objects every request makes (ops/BENCHMARKS.md section 9.3);
 * a produced one is only constructed. What this holds is application-wide: the container's security
 * context answers for the current request, the continued caller is request-scoped behind its proxy.
 */
@ApplicationScoped
public class SignedInCallers {

  @Inject SecurityContext securityContext;
  @Inject ContinuedCaller continued;
  @Inject CallerRows rows;

  @Produces
  @RequestScoped
  ContinuedCaller continued() {
    return new ContinuedCaller();
  }

  @Produces
  @RequestScoped
  CurrentCaller current() {
    return new SignedInCaller(securityContext, continued, rows);
  }
}
