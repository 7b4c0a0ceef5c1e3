package dk.tegn.core.privacy;

import java.io.Serializable;

/**
 * The person an export or erasure is about, as their account described them when it began: the
 * e-mail address lets a module find records kept by address (registrations, mail).
 */
public record Person(
    long accountId,
    String username,
    String displayName,
    String email,
    long organisationId,
    String language)
    implements Serializable {}
