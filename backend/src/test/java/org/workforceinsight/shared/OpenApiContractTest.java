package org.workforceinsight.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The served /q/openapi is the contract in openapi/ (compared as parsed trees, not as text). */
@QuarkusTest
class OpenApiContractTest {

    @Test
    void servedDocumentIsTheContract() throws IOException {
        JsonNode contract = new ObjectMapper(new YAMLFactory())
                .readTree(Path.of("..", "openapi", "workforce-insight.yaml").toFile());
        String servedYaml = RestAssured.given().get("/q/openapi").then().statusCode(200).extract().asString();
        String servedJson = RestAssured.given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString();
        assertEquals(contract, new ObjectMapper(new YAMLFactory()).readTree(servedYaml));
        assertEquals(contract, new ObjectMapper().readTree(servedJson));
    }
}
