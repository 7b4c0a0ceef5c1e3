package dk.tegn.core.problem;

import jakarta.ejb.ApplicationException;

/**
 * Asked for a record that does not exist (or that the caller may not know exists). Pages show the
 * 404 page, the REST API answers 404.
 */
@ApplicationException(rollback = true)
public class RecordNotFoundException extends RuntimeException {

  public RecordNotFoundException(String type, Object id) {
    super(type + " " + id + " not found");
  }
}
