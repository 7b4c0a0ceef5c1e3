package dk.tegn.core.sso.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.BadJWSException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import dk.tegn.core.sso.control.SsoRefusal.Reason;
import java.util.Locale;

/**
 * The ID token's checks, all by Nimbus' {@link IDTokenValidator}: the signature against the
 * provider's keys, issuer, audience (our client id), expiry and issue time (one minute of clock
 * skew), and the nonce of this sign-in. What failed is named for the audit line.
 */
public final class IdTokenCheck {

  private IdTokenCheck() {}

  public static IDTokenClaimsSet verify(
      IDTokenValidator validator, JWT idToken, Nonce expected, long providerId) {
    try {
      return validator.validate(idToken, expected);
    } catch (BadJWSException e) {
      throw new SsoRefusal(Reason.TOKEN, providerId, "signature: " + e.getMessage());
    } catch (BadJOSEException e) {
      throw new SsoRefusal(Reason.TOKEN, providerId, failedCheck(e) + ": " + e.getMessage());
    } catch (JOSEException e) {
      throw new SsoRefusal(Reason.TOKEN, providerId, "unverifiable: " + e.getMessage());
    }
  }

  /** Which claim check Nimbus refused, from its message. */
  static String failedCheck(BadJOSEException e) {
    String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    for (String check : new String[] {"issuer", "audience", "expired", "nonce", "issue time"}) {
      if (message.contains(check)) {
        return check.replace(' ', '-');
      }
    }
    return message.contains("signature") || message.contains("key") ? "signature" : "claims";
  }
}
