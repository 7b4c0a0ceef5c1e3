package dk.tegn.core.navigation;

import dk.tegn.core.account.Role;

/** The page a caller with {@code role} lands on after signing in. */
public record HomePage(Role role, String outcome) {}
