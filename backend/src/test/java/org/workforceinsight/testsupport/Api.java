package org.workforceinsight.testsupport;

import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;

/** rest-assured set up for the API: decimals read as doubles, problem+json read as JSON. */
public final class Api {

    static {
        RestAssured.registerParser("application/problem+json", io.restassured.parsing.Parser.JSON);
    }

    private Api() {
    }

    public static RequestSpecification given() {
        // set per request: Quarkus replaces RestAssured.config before each test
        return RestAssured.given()
                .config(RestAssured.config()
                        .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE)))
                .accept("application/json");
    }
}
