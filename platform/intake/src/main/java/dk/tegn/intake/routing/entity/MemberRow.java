package dk.tegn.intake.routing.entity;

import java.io.Serializable;

/** A team member as the admin page and the assign list show them. */
public record MemberRow(long accountId, String username, String displayName, boolean onCall)
    implements Serializable {}
