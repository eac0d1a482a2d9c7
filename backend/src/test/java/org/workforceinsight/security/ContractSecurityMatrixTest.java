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
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the contract is served and secured: without a token it answers 401 unless the
 * contract says it is public ({@code security: []}), and a signed-in user with no product role
 * reaches only the operations meant for any signed-in user.
 */
@QuarkusTest
class ContractSecurityMatrixTest {

    /** Operations any signed-in user may call, whatever their roles (see the resources' comments). */
    static final Set<String> ANY_SIGNED_IN_USER = Set.of("getCurrentUser", "getOrganisationTree");

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
    void withoutATokenOnlyPublicOperationsAnswer() throws IOException {
        for (Operation operation : operations()) {
            assertEquals(operation.isPublic() ? 200 : 401, call(operation), operation.id());
        }
    }

    @Test
    @TestSecurity(user = "matrix.viewer")
    void aUserWithoutAProductRoleReachesOnlyTheirOwnDetailsAndTheTree() throws IOException {
        for (Operation operation : operations()) {
            boolean allowed = operation.isPublic() || ANY_SIGNED_IN_USER.contains(operation.id());
            int status = call(operation);
            if (allowed) {
                // answered (never 401/403, nor a server error); the tree is 404 when no organisation is loaded
                boolean treeNotLoaded = status == 404 && "getOrganisationTree".equals(operation.id());
                assertTrue(status == 200 || treeNotLoaded, operation.id() + " answered " + status);
            } else {
                assertEquals(403, status, operation.id());
            }
        }
    }
}
