package org.workforceinsight.shared;

import jakarta.persistence.EntityManager;

/** What a versioned UPDATE or DELETE that touched no row means: the record changed meanwhile (412), or is gone (404). */
public final class VersionedRows {

    private VersionedRows() {
    }

    /**
     * Checks the row count of {@code ... WHERE <idColumn> = :id AND version = :version}: one row is the change
     * made; none is 412 when the row is still there (someone changed it first) and 404 when it is not.
     */
    public static void requireChanged(EntityManager em, int rows, String table, String idColumn, Object id,
                                      String noun) {
        if (rows > 0) {
            return;
        }
        long remaining = Rows.count(em.createNativeQuery("SELECT count(*) FROM " + table + " WHERE " + idColumn
                + " = :id").setParameter("id", id).getSingleResult());
        if (remaining == 0) {
            throw ProblemException.notFound("There is no " + noun + " " + id + ".");
        }
        throw ProblemException.preconditionFailed("The " + noun + " " + id
                + " was changed by someone else meanwhile; read it again and repeat the change.");
    }
}
