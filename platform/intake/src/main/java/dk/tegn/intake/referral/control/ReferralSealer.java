package dk.tegn.intake.referral.control;

import dk.tegn.intake.crypto.control.FieldCipher;
import dk.tegn.intake.crypto.entity.Sealed;
import dk.tegn.intake.referral.entity.Referral;
import dk.tegn.intake.referral.entity.SealedField;
import dk.tegn.intake.referral.entity.Transition;
import java.util.EnumMap;
import java.util.Map;

/**
 * Names the associated data of each ciphertext, so that it is bound to its referral (by the
 * reference, which never changes) and its field, or to its transition.
 */
public final class ReferralSealer {

  private ReferralSealer() {}

  public static String context(String reference, SealedField field) {
    return "itk_referral/" + reference + "/" + field.name();
  }

  public static String commentContext(String reference, int seq) {
    return "itk_transition/" + reference + "/" + seq;
  }

  /** Encrypts the non-empty plain fields. */
  public static Map<SealedField, Sealed> seal(
      FieldCipher cipher, String reference, Map<SealedField, String> plain) {
    Map<SealedField, Sealed> sealed = new EnumMap<>(SealedField.class);
    plain.forEach(
        (field, text) -> {
          Sealed s = cipher.seal(text, context(reference, field));
          if (s != null) {
            sealed.put(field, s);
          }
        });
    return sealed;
  }

  public static Map<SealedField, String> open(FieldCipher cipher, Referral referral) {
    Map<SealedField, String> plain = new EnumMap<>(SealedField.class);
    referral
        .sealedFields()
        .forEach(
            (field, ciphertext) ->
                plain.put(field, cipher.open(ciphertext, context(referral.getReference(), field))));
    return plain;
  }

  public static Sealed sealComment(FieldCipher cipher, Referral referral, String comment) {
    return cipher.seal(
        comment == null ? null : comment.strip(),
        commentContext(referral.getReference(), referral.nextSequence()));
  }

  public static String openComment(FieldCipher cipher, Transition transition) {
    return cipher.open(
        transition.getCommentCiphertext(),
        commentContext(transition.getReferral().getReference(), transition.getSeq()));
  }
}
