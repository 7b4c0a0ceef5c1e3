package dk.tegn.intake.crypto.entity;

/** A ciphertext and the id of the key that made it, so rotation can find old ones. */
public record Sealed(byte[] ciphertext, long keyId) {

  public Sealed {
    ciphertext = ciphertext.clone();
  }

  @Override
  public byte[] ciphertext() {
    return ciphertext.clone();
  }
}
