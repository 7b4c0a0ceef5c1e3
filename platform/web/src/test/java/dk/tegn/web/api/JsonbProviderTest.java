package dk.tegn.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.intake.catalogue.entity.Answer;
import dk.tegn.intake.referral.entity.ReferralForm;
import dk.tegn.intake.referral.entity.TransitionRequest;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every JSON body binds exactly as declared: "in immediate danger" sent as "yes", 1, "1" or [1,2]
 * was read as no and the referral routed as normal; now each is a 400 naming the field.
 */
class JsonbProviderTest {

  static final String REFERRAL =
      "{\"idempotencyKey\":\"key-0123456789abcdef\",\"metOn\":\"2026-11-20\","
          + "\"region\":\"HOVEDSTADEN\",\"ageCategory\":\"ADULT\",\"estimatedAge\":30,"
          + "\"gender\":\"WOMAN\",\"exploitationForm\":\"SEXUAL\","
          + "\"indicators\":{\"threats\":\"OBSERVED\"},\"immediateDanger\":%s,"
          + "\"interpreterNeeded\":%s,\"profession\":\"POLICE\"}";

  private static Object read(String json, Type type) {
    @SuppressWarnings({"unchecked", "rawtypes"})
    Class<Object> raw = (Class) (type instanceof Class<?> c ? c : java.util.Map.class);
    return new JsonbProvider()
        .readFrom(
            raw,
            type,
            new java.lang.annotation.Annotation[0],
            MediaType.APPLICATION_JSON_TYPE,
            null,
            new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  private static JsonFieldException refused(String json, Type type) {
    return assertThrows(JsonFieldException.class, () -> read(json, type));
  }

  @Test
  void aWellTypedReferralBindsAndInDangerMeansAcute() {
    ReferralForm form =
        (ReferralForm) read(REFERRAL.formatted("true", "false"), ReferralForm.class);
    assertTrue(form.inDanger());
    assertEquals(Boolean.FALSE, form.interpreterNeeded());
    assertEquals(30, form.estimatedAge());
    assertEquals(Map.of("threats", Answer.OBSERVED), form.indicators());
    assertEquals(java.time.LocalDate.of(2026, 11, 20), form.metOn());
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"yes\"", "1", "\"1\"", "[1,2]", "\"true\"", "0", "{}"})
  void immediateDangerOfAnyOtherTypeIsRefusedNamingTheField(String value) {
    JsonFieldException e = refused(REFERRAL.formatted(value, "false"), ReferralForm.class);
    assertEquals("immediateDanger", e.field());
    assertEquals("boolean", e.messageKey());
  }

  @Test
  void theOtherFlagsAreAsStrict() {
    assertEquals(
        "interpreterNeeded",
        refused(REFERRAL.formatted("false", "\"yes\""), ReferralForm.class).field());
    String ok = REFERRAL.formatted("true", "false");
    String emergency = ok.substring(0, ok.length() - 1) + ",\"emergencyCalled\":1}";
    assertEquals("emergencyCalled", refused(emergency, ReferralForm.class).field());
  }

  @Test
  void numbersChoicesDatesNestedValuesAndUnknownFieldsAreCheckedToo() {
    String ok = REFERRAL.formatted("true", "false");
    JsonFieldException age =
        refused(ok.replace("\"estimatedAge\":30", "\"estimatedAge\":\"30\""), ReferralForm.class);
    assertEquals("estimatedAge", age.field());
    assertEquals(
        "integer",
        refused(ok.replace("\"estimatedAge\":30", "\"estimatedAge\":30.5"), ReferralForm.class)
            .messageKey());
    assertEquals(
        "region", refused(ok.replace("HOVEDSTADEN", "hovedstaden"), ReferralForm.class).field());
    assertEquals(
        "metOn", refused(ok.replace("2026-11-20", "20/11/2026"), ReferralForm.class).field());
    assertEquals(
        "indicators.threats", refused(ok.replace("\"OBSERVED\"", "1"), ReferralForm.class).field());
    JsonFieldException unknown =
        refused(
            ok.replace("\"region\"", "\"immediate_danger\":true,\"region\""), ReferralForm.class);
    assertEquals("immediate_danger", unknown.field());
    assertEquals("unknown", unknown.messageKey());
    assertEquals(
        "days",
        refused("{\"action\":\"EXTEND_REFLECTION\",\"days\":\"5\"}", TransitionRequest.class)
            .field());
    assertEquals("action", refused("{\"action\":true}", TransitionRequest.class).field());
  }

  @Test
  void aMissingOrNullWrapperStaysNullForValidationToName() {
    TransitionRequest r = (TransitionRequest) read("{\"action\":null}", TransitionRequest.class);
    assertEquals(null, r.action());
  }

  @ParameterizedTest
  @ValueSource(strings = {"[]", "\"x\"", "true", "3", "[{\"keys\":[]}]"})
  void anAnswerThatIsNoObjectIsRefused(String body) {
    assertEquals("body", refused(body, JsonObject.class).field());
  }

  @Test
  void anAnswerObjectIsReadAsItIs() {
    JsonObject answer = (JsonObject) read("{\"keys\":[\"2\"]}", JsonObject.class);
    assertEquals("2", answer.getJsonArray("keys").getString(0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "{", "{\"a\":}", "nul"})
  void malformedJsonIsABadRequest(String body) {
    JsonFieldException e = refused(body, TransitionRequest.class);
    assertEquals("body", e.field());
    assertEquals("malformed", e.messageKey());
  }

  @Test
  void aNullBodyIsRefused() {
    assertEquals("body", refused("null", TransitionRequest.class).field());
    assertEquals("body", refused("null", JsonObject.class).field());
  }
}
