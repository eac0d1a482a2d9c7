package org.workforceinsight.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.workforceinsight.testsupport.AuditRows;

/**
 * The role-by-operation matrix, driven from the contract and {@link OperationRules}: every operation of
 * openapi/workforce-insight.yaml is called without a token (401 unless public), by a signed-in user with
 * no product role, and by a user with each product role in turn; a role the rule lists gets an answer
 * (never 401, 403 or a server error: unknown ids give 404, missing input 400), any other role 403. An
 * operation added to the contract without a line in OperationRules fails here. Every refusal of a
 * person-level operation leaves a {@code refused} audit record of that operation (RefusedAttemptAudit), so
 * the trail knows of every attempt on people, whichever operation it came through.
 */
@QuarkusTest
class ContractSecurityMatrixTest {

    @Inject
    DataSource dataSource;

    record Operation(String id, String method, String path, boolean isPublic) {
    }

    static List<Operation> operations() throws IOException {
        JsonNode contract = new ObjectMapper(new YAMLFactory())
                .readTree(Path.of("..", "openapi", "workforce-insight.yaml").toFile());
        boolean securedByDefault = contract.path("security").size() > 0;
        List<Operation> result = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = contract.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> method = methods.next();
                JsonNode operation = method.getValue();
                if (!operation.has("operationId")) {
                    continue;
                }
                boolean secured = operation.has("security") ? operation.path("security").size() > 0 : securedByDefault;
                String concretePath = path.getKey().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                result.add(new Operation(operation.path("operationId").asText(), method.getKey(), concretePath,
                        !secured));
            }
        }
        assertFalse(result.isEmpty(), "the contract has operations");
        return result;
    }

    private static int call(Operation operation) {
        // as a client of the contract sends it: without a content type, rest-assured sends a POST as a form,
        // which no operation consumes (415 before any security check)
        return RestAssured.given().accept("application/json").contentType("application/json")
                .request(operation.method(), operation.path()).statusCode();
    }

    @Test
    void everyOperationOfTheContractHasExactlyOneRuleAndEveryRuleAnOperation() throws IOException {
        Set<String> inContract = new TreeSet<>();
        for (Operation operation : operations()) {
            inContract.add(operation.id());
        }
        Set<String> withoutRule = new TreeSet<>(inContract);
        withoutRule.removeAll(OperationRules.all().keySet());
        assertTrue(withoutRule.isEmpty(), "operations without a rule (add one line each to security/OperationRules): "
                + withoutRule);
        Set<String> stale = new TreeSet<>(OperationRules.all().keySet());
        stale.removeAll(inContract);
        assertTrue(stale.isEmpty(), "rules for operations the contract no longer has: " + stale);
        for (Operation operation : operations()) {
            boolean publicRule = OperationRules.rule(operation.id()).orElseThrow().kind() == OperationRules.Kind.PUBLIC;
            assertEquals(operation.isPublic(), publicRule,
                    operation.id() + ": the contract's security and the rule must agree on being public");
        }
    }

    @Test
    void withoutATokenOnlyPublicOperationsAnswer() throws IOException {
        for (Operation operation : operations()) {
            assertEquals(operation.isPublic() ? 200 : 401, call(operation), operation.id());
        }
    }

    @Test
    @TestSecurity(user = "matrix.norole")
    void aUserWithoutAProductRoleReachesOnlyTheirOwnDetailsAndTheTree() throws IOException {
        assertMatrix("matrix.norole", Set.of());
    }

    @Test
    @TestSecurity(user = "matrix.lead", roles = Roles.WORKFORCE_LEAD)
    void workforceLead() throws IOException {
        assertMatrix("matrix.lead", Set.of(Roles.WORKFORCE_LEAD));
    }

    @Test
    @TestSecurity(user = "matrix.senior", roles = Roles.SENIOR_MANAGER)
    void seniorManager() throws IOException {
        assertMatrix("matrix.senior", Set.of(Roles.SENIOR_MANAGER));
    }

    @Test
    @TestSecurity(user = "matrix.manager", roles = Roles.TEAM_MANAGER)
    void teamManager() throws IOException {
        assertMatrix("matrix.manager", Set.of(Roles.TEAM_MANAGER));
    }

    @Test
    @TestSecurity(user = "matrix.hr", roles = Roles.HR_ABSENCE_OFFICER)
    void hrAbsenceOfficer() throws IOException {
        assertMatrix("matrix.hr", Set.of(Roles.HR_ABSENCE_OFFICER));
    }

    @Test
    @TestSecurity(user = "matrix.viewer", roles = Roles.VIEWER)
    void viewerReachesAggregatesOnly() throws IOException {
        assertMatrix("matrix.viewer", Set.of(Roles.VIEWER));
        for (Map.Entry<String, OperationRules.Rule> rule : OperationRules.all().entrySet()) {
            if (rule.getValue().personLevel()) {
                assertFalse(rule.getValue().allows(Set.of(Roles.VIEWER)), rule.getKey() + " returns people");
            }
        }
    }

    @Test
    @TestSecurity(user = "matrix.machine-read", roles = Roles.MACHINE_READ)
    void machineRead() throws IOException {
        assertMatrix("matrix.machine-read", Set.of(Roles.MACHINE_READ));
    }

    @Test
    @TestSecurity(user = "matrix.machine-write", roles = Roles.MACHINE_WRITE)
    void machineWrite() throws IOException {
        assertMatrix("matrix.machine-write", Set.of(Roles.MACHINE_WRITE));
    }

    @Test
    @TestSecurity(user = "matrix.dpo", roles = Roles.DATA_PROTECTION_OFFICER)
    void dataProtectionOfficer() throws IOException {
        assertMatrix("matrix.dpo", Set.of(Roles.DATA_PROTECTION_OFFICER));
    }

    private void assertMatrix(String principal, Set<String> roles) throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Operation operation : operations()) {
            OperationRules.Rule rule = OperationRules.rule(operation.id()).orElse(null);
            boolean allowed = rule != null && rule.allows(roles);
            int status = call(operation);
            boolean ok;
            if (allowed) {
                // answered: unknown ids are 404, a call without its required input 400; the tree is 404
                // when no organisation is loaded
                ok = status != 401 && status != 403 && status < 500;
            } else {
                ok = status == 403;
            }
            if (!ok) {
                wrong.add(operation.id() + " answered " + status + (allowed ? " (allowed)" : " (expected 403)"));
            }
        }
        assertTrue(wrong.isEmpty(), "roles " + roles + ": " + wrong);
        assertEveryRefusalOfAPersonLevelOperationIsAudited(principal, roles);
    }

    private void assertEveryRefusalOfAPersonLevelOperationIsAudited(String principal, Set<String> roles) {
        Set<String> refusedInTrail = new TreeSet<>();
        for (AuditRows.Row row : AuditRows.using(dataSource).of(principal)) {
            if (row.action().equals("refused")) {
                refusedInTrail.add(row.operationId());
            }
        }
        Set<String> missing = new TreeSet<>();
        for (Map.Entry<String, OperationRules.Rule> rule : OperationRules.all().entrySet()) {
            if (rule.getValue().personLevel() && !rule.getValue().allows(roles)
                    && !refusedInTrail.contains(rule.getKey())) {
                missing.add(rule.getKey());
            }
        }
        assertTrue(missing.isEmpty(), "refused without an audit record, for " + principal + ": " + missing);
    }
}
