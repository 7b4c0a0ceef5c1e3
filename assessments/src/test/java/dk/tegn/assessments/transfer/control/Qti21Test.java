package dk.tegn.assessments.transfer.control;

import static dk.tegn.core.persistence.JsonP.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.assessments.transfer.control.MoodleXml.Conversion;
import jakarta.json.JsonArray;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;

/**
 * IMS QTI 2.1: every item and the test Tegn writes validate against the QTI 2.1 XSD (test
 * resources, qti/xsd/README.md), and a bank survives Tegn → QTI → Tegn with every mapped field.
 */
class Qti21Test {

  static final String BANK =
      """
      {"format":"tegn-bank/1","categories":[
       {"key":"menneskehandel.tegnene","name":{"da":"Tegnene"},"questions":[
        {"key":"gaeld","type":"single-choice",
         "text":{"da":"Hvilket tegn er stærkest?","en":"Which sign is strongest?"},
         "generalFeedback":{"da":"Gæld er et stærkt tegn.","en":"Debt is a strong sign."},
         "choices":[{"key":"a","text":{"da":"Gæld","en":"Debt"},"correct":true},
                    {"key":"b","text":{"da":"Lang dag\\nog nat","en":"Long day"},"correct":false}]},
        {"key":"flere","type":"multiple-response","text":{"da":"Hvilke er tegn?"},
         "choices":[{"key":"a","text":{"da":"Pas inddraget"},"correct":true},
                    {"key":"b","text":{"da":"Gæld"},"correct":true},
                    {"key":"c","text":{"da":"Fri bolig"},"correct":false}]},
        {"key":"raekkefoelge","type":"ordering","text":{"da":"Sæt i rækkefølge"},
         "items":[{"key":"i1","text":{"da":"Rekruttering"}},{"key":"i2","text":{"da":"Transport"}},
                  {"key":"i3","text":{"da":"Udnyttelse"}}]}]},
       {"key":"fakta","name":{"da":"Fakta"},"questions":[
        {"key":"samtykke","type":"true-false","text":{"da":"Et barn kan give samtykke."},"answer":false},
        {"key":"par","type":"matching","text":{"da":"Sæt sammen"},
         "pairs":[{"key":"p1","prompt":{"da":"Falsk job"},"match":{"da":"Rekruttering"}},
                  {"key":"p2","prompt":{"da":"Gæld"},"match":{"da":"Kontrol"}}]},
        {"key":"alder","type":"numeric","text":{"da":"Under hvilken alder er man barn?"},
         "answer":18,"tolerance":0.5}]}]}
      """;

  @Test
  void everyItemAndTheTestValidateAgainstTheQti21Schema() throws Exception {
    Qti21.Export export = Qti21.export(BANK, "bank.json");
    assertEquals(6, export.questions());
    Schema schema =
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
            .newSchema(Qti21Test.class.getResource("/qti/xsd/qtiv2p1/imsqti_v2p1.xsd"));
    int validated = 0;
    for (Map.Entry<String, byte[]> f : export.files().entrySet()) {
      if (f.getKey().equals("imsmanifest.xml")) {
        continue;
      }
      Validator validator = schema.newValidator();
      validator.validate(new StreamSource(new ByteArrayInputStream(f.getValue()), f.getKey()));
      validated++;
    }
    assertEquals(7, validated, "six items and the test");
    byte[] invalid =
        "<assessmentItem xmlns=\"http://www.imsglobal.org/xsd/imsqti_v2p1\" title=\"no id\"/>"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThrows(
        org.xml.sax.SAXException.class,
        () -> schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(invalid))),
        "the schema does refuse what QTI does not allow");
  }

  @Test
  void aBankSurvivesTheRoundTripThroughQtiFieldByField() {
    Qti21.Export export = Qti21.export(BANK, "bank.json");
    Conversion back = Qti21.read("tegn-qti.zip", export.zip());
    assertEquals(List.of(), back.problems());
    assertEquals(List.of(), back.unmapped());
    assertEquals(6, back.questions());
    assertEquals(categories(BANK), categories(back.bank()));
  }

  @Test
  void whatQtiCannotHoldIsListedPerQuestion() {
    String bank =
        """
        {"format":"tegn-bank/1","categories":[{"key":"c","name":{"da":"C"},"questions":[
          {"key":"fb","type":"single-choice","audiences":["police"],"text":{"da":"?"},
           "choices":[{"key":"a","text":{"da":"A"},"correct":true,"feedback":{"da":"Ja"}},
                      {"key":"b","text":{"da":"B"},"correct":false}]},
          {"key":"sag","type":"scenario","text":{"da":"Sag"},"subQuestions":[]}]}]}
        """;
    List<String> left =
        Qti21.export(bank, "bank.json").left().stream()
            .map(u -> u.question() + ": " + u.why())
            .toList();
    assertTrue(left.contains("fb: audiences are not kept in QTI"), left.toString());
    assertTrue(left.contains("fb: feedback per choice is not kept in QTI"), left.toString());
    assertTrue(
        left.contains("sag: question type 'scenario' has no QTI counterpart; left out"),
        left.toString());
  }

  @Test
  void aTextEntryOfWordsIsListedAndAFileWithoutItemsIsRefused() {
    String item =
        """
        <assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="by" title="By"
            adaptive="false" timeDependent="false">
          <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="string">
            <correctResponse><value>Aarhus</value></correctResponse></responseDeclaration>
          <itemBody><p>Hvor? <textEntryInteraction responseIdentifier="RESPONSE"/></p></itemBody>
        </assessmentItem>
        """;
    Conversion c = Qti21.read("by.xml", item.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(
        List.of("by.xml/By: text entry of words has no counterpart in Tegn; left out"),
        c.unmapped().stream().map(u -> u.file() + "/" + u.question() + ": " + u.why()).toList());
    assertTrue(
        Qti21.read("x.xml", "<quiz/>".getBytes(java.nio.charset.StandardCharsets.UTF_8))
            .problems()
            .get(0)
            .toString()
            .contains("no QTI 2.1 assessmentItem"));
  }

  static JsonArray categories(String bank) {
    return JSON.createReader(new StringReader(bank)).readObject().getJsonArray("categories");
  }
}
