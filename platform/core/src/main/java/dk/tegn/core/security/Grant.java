package dk.tegn.core.security;

import dk.tegn.core.account.Role;
import java.io.Serializable;

/** One role held within one organisation. */
public record Grant(Role role, long organisationId) implements Serializable {}
