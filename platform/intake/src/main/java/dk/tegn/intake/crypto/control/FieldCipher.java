package dk.tegn.intake.crypto.control;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import dk.tegn.intake.crypto.entity.Sealed;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Encrypts and decrypts single fields with a Tink AEAD. The {@code context} (e.g. {@code
 * itk_referral/R-7KQ2-.../PERSON_NAME}) is the associated data: a ciphertext copied to another
 * referral or field fails to decrypt instead of showing the wrong person's data. Immutable; a
 * rotation makes a new instance.
 */
public final class FieldCipher {

  private final KeysetHandle keyset;
  private final Aead aead;
  private final long primaryKeyId;

  public FieldCipher(KeysetHandle keyset) {
    this.keyset = Objects.requireNonNull(keyset);
    this.primaryKeyId = Keysets.primaryKeyId(keyset);
    try {
      this.aead = keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the intake keyset holds no usable AEAD key", e);
    }
  }

  /** Null stays null: an empty field stores nothing, not an encrypted empty string. */
  public Sealed seal(String plaintext, String context) {
    if (plaintext == null || plaintext.isEmpty()) {
      return null;
    }
    try {
      byte[] ciphertext = aead.encrypt(plaintext.getBytes(StandardCharsets.UTF_8), bytes(context));
      return new Sealed(ciphertext, primaryKeyId);
    } catch (GeneralSecurityException e) {
      throw new SealedDataException("could not encrypt " + context, e);
    }
  }

  public String open(byte[] ciphertext, String context) {
    if (ciphertext == null) {
      return null;
    }
    try {
      return new String(aead.decrypt(ciphertext, bytes(context)), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new SealedDataException("could not decrypt " + context, e);
    }
  }

  public long primaryKeyId() {
    return primaryKeyId;
  }

  /** Ids of the keys this cipher can decrypt with, older ones included. */
  public Set<Long> keyIds() {
    Set<Long> ids = new HashSet<>();
    for (int i = 0; i < keyset.size(); i++) {
      ids.add(Integer.toUnsignedLong(keyset.getAt(i).getId()));
    }
    return ids;
  }

  KeysetHandle keyset() {
    return keyset;
  }

  private static byte[] bytes(String context) {
    return Objects.requireNonNull(context).getBytes(StandardCharsets.UTF_8);
  }
}
