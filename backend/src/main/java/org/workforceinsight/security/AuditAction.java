package org.workforceinsight.security;

import java.util.Locale;

/**
 * What an audited operation did with person-level data (column {@code audit_record.action}). {@code REFUSED}:
 * the caller was answered 403 for a person, a team or a record, and read nothing.
 */
public enum AuditAction {
    READ, CREATE, UPDATE, DELETE, IMPORT, EXPORT, ANONYMISE, PURGE, REFUSED;

    /** The value stored and shown in the contract: lower case. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
