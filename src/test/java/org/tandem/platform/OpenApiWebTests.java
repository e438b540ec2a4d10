package org.tandem.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.tandem.support.AccountFixtures;
import org.tandem.support.WebSession;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAPI description covers the JSON API and its token scheme; a copy is kept in docs/openapi.json. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(AccountFixtures.class)
class OpenApiWebTests {

	@LocalServerPort
	int port;

	@Test
	void describesEveryApiRouteAndIsKeptInTheDocs() throws IOException {
		var response = new WebSession(port).send(java.net.http.HttpRequest
			.newBuilder(java.net.URI.create("http://localhost:" + port + "/v3/api-docs")).GET().build());
		assertThat(response.status()).isEqualTo(200);
		JsonMapper json = JsonMapper.builder().build();
		JsonNode spec = json.readTree(response.body());
		assertThat(spec.path("paths").has("/api/v1/me")).isTrue();
		assertThat(spec.path("paths").has("/api/v1/audit-events")).isTrue();
		assertThat(spec.path("paths").has("/api/v1/requests")).isTrue();
		assertThat(spec.path("paths").has("/api/v1/requests/{id}")).isTrue();
		assertThat(spec.path("paths").has("/api/v1/providers")).isTrue();
		assertThat(spec.path("paths").has("/api/v1/providers/{id}")).isTrue();
		for (String path : new String[] { "/api/v1/offers", "/api/v1/offers/{id}", "/api/v1/offers/{id}/acceptance",
				"/api/v1/offers/{id}/decline", "/api/v1/offers/{id}/contact", "/api/v1/handoffs",
				"/api/v1/handoffs/{requestId}", "/api/v1/handoffs/{requestId}/confirmation",
				"/api/v1/engagements/{id}/plan", "/api/v1/engagements/{id}/plan/items/{itemId}",
				"/api/v1/engagements/{id}/check-ins", "/api/v1/engagements/{id}/check-ins/{checkInId}/answer",
				"/api/v1/engagements", "/api/v1/engagements/{id}", "/api/v1/engagements/{id}/risks" }) {
			assertThat(spec.path("paths").has(path)).as(path).isTrue();
		}
		assertThat(spec.path("paths").has("/request")).as("pages are not API").isFalse();
		assertThat(spec.path("components").path("securitySchemes").path("accessToken").path("scheme").asString())
			.isEqualTo("bearer");
		assertThat(response.body()).doesNotContain("/login").doesNotContain("/admin/");
		Files.createDirectories(Path.of("docs"));
		Files.writeString(Path.of("docs/openapi.json"), json.writerWithDefaultPrettyPrinter().writeValueAsString(spec) + "\n");
	}

}
