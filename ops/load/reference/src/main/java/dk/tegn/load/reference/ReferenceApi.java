package dk.tegn.load.reference;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The reference's JAX-RS root: {@code /ratio-ref/api}. */
@ApplicationPath("api")
public class ReferenceApi extends Application {}
