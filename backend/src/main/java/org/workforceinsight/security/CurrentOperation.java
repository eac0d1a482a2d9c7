package org.workforceinsight.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The contract operation the current request is serving and its rule, set by {@link OperationAccessFilter},
 * so that {@link ScopeService} derives the data scope from the roles this operation grants (a caller who is
 * both a viewer and a team manager sees the council's aggregates, but only their own teams' people).
 */
@RequestScoped
public class CurrentOperation {

    private String operationId;
    private OperationRules.Rule rule;

    void set(String operationId, OperationRules.Rule rule) {
        this.operationId = operationId;
        this.rule = rule;
    }

    public Optional<String> operationId() {
        return Optional.ofNullable(operationId);
    }

    public Optional<OperationRules.Rule> rule() {
        return Optional.ofNullable(rule);
    }
}
