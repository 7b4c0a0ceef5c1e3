package dk.tegn.intake.crypto.control;

/**
 * A ciphertext could not be opened: the key is missing, or the data or its binding was changed. The
 * message names only the context (referral reference and field), never the content.
 */
public class SealedDataException extends RuntimeException {

  public SealedDataException(String message, Throwable cause) {
    super(message, cause);
  }
}
