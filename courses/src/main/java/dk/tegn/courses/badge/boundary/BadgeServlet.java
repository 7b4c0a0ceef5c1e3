package dk.tegn.courses.badge.boundary;

import static dk.tegn.core.persistence.JsonP.JSON;

import com.nimbusds.jose.jwk.RSAKey;
import dk.tegn.courses.badge.control.BadgeKeys;
import dk.tegn.courses.badge.control.BadgeUrls;
import dk.tegn.courses.badge.control.Badges;
import dk.tegn.courses.badge.control.OpenBadges3;
import dk.tegn.courses.certificate.boundary.PublicAddress;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The public Open Badges 2.0 addresses, answered to anyone without signing in (hosted
 * verification):
 *
 * <ul>
 *   <li>{@code /badges/issuer/<organisation code>}: the issuer profile;
 *   <li>{@code /badges/revocations/<organisation code>}: its revocation list;
 *   <li>{@code /badges/class/<course id>/<version>}: the badge class of a published course version;
 *   <li>{@code /badges/image/<course id>.png}: the course's badge image;
 *   <li>{@code /badges/assertion/<certificate code>}: the assertion; 410 Gone and {@code "revoked":
 *       true} with the reason once the certificate is withdrawn;
 *   <li>{@code /badges/credential/<certificate code>}: the Open Badges 3.0 credential, a VC-JWT
 *       ({@code application/vc+jwt}); 410 Gone once the certificate is withdrawn;
 *   <li>{@code /badges/profile/<organisation code>}: the Open Badges 3.0 issuer profile;
 *   <li>{@code /badges/keys} and {@code /badges/keys/<key id>}: the public keys that credentials
 *       are signed with, as a JWK set and as the single JWK a credential's {@code kid} names.
 * </ul>
 *
 * JSON-LD goes out as {@code application/ld+json}, or {@code application/json} to a client that
 * accepts only that, as the specification asks. Anything unknown answers 404 with a JSON body.
 */
@WebServlet("/badges/*")
public class BadgeServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final Pattern ISSUER = Pattern.compile("/issuer/([a-z0-9-]{1,40})");
  private static final Pattern REVOCATIONS = Pattern.compile("/revocations/([a-z0-9-]{1,40})");
  private static final Pattern BADGE_CLASS = Pattern.compile("/class/(\\d{1,18})/(\\d{1,9})");
  private static final Pattern IMAGE = Pattern.compile("/image/(\\d{1,18})\\.png");
  private static final Pattern ASSERTION = Pattern.compile("/assertion/([0-9A-Za-z-]{1,40})");
  private static final Pattern CREDENTIAL = Pattern.compile("/credential/([0-9A-Za-z-]{1,40})");
  private static final Pattern PROFILE = Pattern.compile("/profile/([a-z0-9-]{1,40})");
  private static final Pattern KEY = Pattern.compile("/keys/([0-9A-Za-z_-]{1,64})");

  @Inject transient Badges badges;
  @Inject transient BadgeKeys keys;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    BadgeUrls urls = new BadgeUrls(PublicAddress.of(request));
    // public, personal-data-free objects other sites' verifiers and backpacks read
    response.setHeader("Access-Control-Allow-Origin", "*");
    Matcher m;
    if ((m = IMAGE.matcher(path)).matches()) {
      Optional<byte[]> png = badges.image(Long.parseLong(m.group(1)));
      if (png.isEmpty()) {
        notFound(request, response);
        return;
      }
      response.setContentType("image/png");
      response.setContentLength(png.get().length);
      response.getOutputStream().write(png.get());
    } else if ((m = ASSERTION.matcher(path)).matches()) {
      Optional<Badges.Answer> answer = badges.assertion(urls, m.group(1));
      if (answer.isEmpty()) {
        notFound(request, response);
        return;
      }
      if (answer.get().revoked()) {
        response.setStatus(HttpServletResponse.SC_GONE);
      }
      json(request, response, answer.get().json());
    } else if ((m = CREDENTIAL.matcher(path)).matches()) {
      Optional<Badges.Signed> signed = badges.credential(urls, m.group(1));
      if (signed.isEmpty()) {
        notFound(request, response);
      } else if (signed.get().revoked()) {
        response.setStatus(HttpServletResponse.SC_GONE);
        json(
            request,
            response,
            JSON.createObjectBuilder()
                .add("id", urls.credential(m.group(1)))
                .add("revoked", true)
                .build());
      } else {
        write(response, OpenBadges3.MEDIA_TYPE, signed.get().jwt());
      }
    } else if ((m = PROFILE.matcher(path)).matches()) {
      json(request, response, badges.profile(urls, m.group(1)));
    } else if ("/keys".equals(path)) {
      write(response, "application/jwk-set+json", keys.publicKeys().toString());
    } else if ((m = KEY.matcher(path)).matches()) {
      Optional<RSAKey> key = keys.publicKey(m.group(1));
      if (key.isEmpty()) {
        notFound(request, response);
      } else {
        write(response, "application/jwk+json", key.get().toJSONString());
      }
    } else if ((m = BADGE_CLASS.matcher(path)).matches()) {
      json(
          request,
          response,
          badges.badgeClass(urls, Long.parseLong(m.group(1)), Integer.parseInt(m.group(2))));
    } else if ((m = ISSUER.matcher(path)).matches()) {
      json(request, response, badges.issuer(urls, m.group(1)));
    } else if ((m = REVOCATIONS.matcher(path)).matches()) {
      json(request, response, badges.revocationList(urls, m.group(1)));
    } else {
      notFound(request, response);
    }
  }

  private static void json(
      HttpServletRequest request, HttpServletResponse response, Optional<JsonObject> body)
      throws IOException {
    if (body.isEmpty()) {
      notFound(request, response);
    } else {
      json(request, response, body.get());
    }
  }

  private static void json(
      HttpServletRequest request, HttpServletResponse response, JsonObject body)
      throws IOException {
    String accept = request.getHeader("Accept");
    boolean plainJson =
        accept != null && accept.contains("application/json") && !accept.contains("ld+json");
    write(response, plainJson ? "application/json" : "application/ld+json", body.toString());
  }

  private static void write(HttpServletResponse response, String contentType, String body)
      throws IOException {
    response.setContentType(contentType);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }

  private static void notFound(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getWriter()
        .write(JSON.createObjectBuilder().add("error", "not found").build().toString());
  }
}
