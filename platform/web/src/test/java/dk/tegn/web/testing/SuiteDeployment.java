package dk.tegn.web.testing;

import dk.tegn.web.assessments.BusyItServlet;
import dk.tegn.web.coordination.CoordinationItServlet;
import dk.tegn.web.coordination.CoordinationItSupport;
import dk.tegn.web.coordination.FlakyMailTransport;
import dk.tegn.web.courses.BadgeItServlet;
import dk.tegn.web.courses.CourseItServlet;
import dk.tegn.web.courses.CourseItSupport;
import dk.tegn.web.intake.IntakeItServlet;
import dk.tegn.web.privacy.LogCapture;
import dk.tegn.web.privacy.PrivacyItServlet;
import dk.tegn.web.privacy.PrivacyItSupport;
import dk.tegn.web.security.SecurityItServlet;
import dk.tegn.web.security.SecuritySuiteItServlet;
import dk.tegn.web.security.SecuritySuiteItSupport;
import dk.tegn.web.sso.SsoItServlet;
import dk.tegn.web.sso.SsoItSupport;
import dk.tegn.web.xapi.XapiItServlet;
import dk.tegn.web.xapi.XapiItSupport;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every container test class of platform/web shares (named in arquillian.xml):
 * Payara Micro boots and Tegn deploys once per run instead of once per class, which was two thirds
 * of the suite's time. The packaged WAR, plus the test-only servlets through which test classes
 * arrange data; each is reachable only under its own /it/ path and only in this test deployment.
 * Test classes therefore share one database and one server: each arranges its own accounts.
 */
@ArquillianSuiteDeployment
public final class SuiteDeployment {

  private SuiteDeployment() {}

  @Deployment(testable = false)
  public static WebArchive deployment() {
    return Deployments.tegn()
        .addClasses(
            BusyItServlet.class,
            CoordinationItServlet.class,
            CoordinationItSupport.class,
            FlakyMailTransport.class,
            BadgeItServlet.class,
            CourseItServlet.class,
            CourseItSupport.class,
            IntakeItServlet.class,
            LogCapture.class,
            PrivacyItServlet.class,
            PrivacyItSupport.class,
            SecurityItServlet.class,
            SecuritySuiteItServlet.class,
            SecuritySuiteItSupport.class,
            SsoItServlet.class,
            SsoItSupport.class,
            XapiItServlet.class,
            XapiItSupport.class);
  }
}
