package org.workforceinsight.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * docs/access-rules.md is the rule table of {@link OperationRules}, generated: this test fails when the
 * file and the table differ. Regenerate it with
 * {@code mvn -o -q -f backend/pom.xml test -Dtest=OperationRulesDocTest -Dwrite-access-rules=true}.
 */
class OperationRulesDocTest {

    static final Path DOC = Path.of("..", "docs", "access-rules.md");

    static String render() {
        StringBuilder out = new StringBuilder();
        out.append("# Access rules by operation\n\n")
                .append("Generated from `backend/src/main/java/org/workforceinsight/security/OperationRules.java` by\n")
                .append("`OperationRulesDocTest` (do not edit by hand; see [access.md](access.md) for the model).\n")
                .append("✓ = may call; `public` = no token needed; `signed in` = any valid token.\n")
                .append("Person-level operations are data-scoped (lists filtered to the caller's teams; a record outside\n")
                .append("the scope is 403 if it exists, 404 if it does not).\n\n")
                .append("| Operation | Person-level |");
        for (String role : Roles.ALL) {
            out.append(' ').append(role).append(" |");
        }
        out.append("\n|---|---|");
        out.append("---|".repeat(Roles.ALL.size())).append('\n');
        for (Map.Entry<String, OperationRules.Rule> entry : OperationRules.all().entrySet()) {
            OperationRules.Rule rule = entry.getValue();
            out.append("| `").append(entry.getKey()).append("` | ").append(rule.personLevel() ? "yes" : "").append(" |");
            for (String role : Roles.ALL) {
                String cell = switch (rule.kind()) {
                    case PUBLIC -> "public";
                    case SIGNED_IN -> "signed in";
                    case ROLES -> rule.roles().contains(role) ? "✓" : "";
                };
                out.append(' ').append(cell).append(" |");
            }
            out.append('\n');
        }
        return out.toString();
    }

    @Test
    void theDocumentedTableIsTheRuleTable() throws IOException {
        String expected = render();
        if (Boolean.getBoolean("write-access-rules")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        String actual = Files.exists(DOC) ? Files.readString(DOC, StandardCharsets.UTF_8) : "";
        assertEquals(expected, actual, "docs/access-rules.md is stale: regenerate it (see this test's comment)");
    }
}
