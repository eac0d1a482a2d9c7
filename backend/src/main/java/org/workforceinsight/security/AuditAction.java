package org.workforceinsight.security;

import java.util.Locale;

/** What an audited operation did with person-level data (column {@code audit_record.action}). */
public enum AuditAction {
    READ, CREATE, UPDATE, DELETE, IMPORT, EXPORT, ANONYMISE, PURGE;

    /** The value stored and shown in the contract: lower case. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
