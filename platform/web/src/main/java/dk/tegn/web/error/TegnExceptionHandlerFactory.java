package dk.tegn.web.error;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Registered in faces-config.xml. */
public class TegnExceptionHandlerFactory extends ExceptionHandlerFactory {

  public TegnExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new TegnExceptionHandler(getWrapped().getExceptionHandler());
  }
}
