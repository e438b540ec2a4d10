package org.tandem.platform.config;

import java.util.List;
import java.util.Objects;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tandem.platform.TandemProperties;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

/** The OpenAPI description of the JSON API, served at {@code /v3/api-docs} and kept in {@code docs/openapi.json}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	/** Without a public address the server is "/": relative to where the description was fetched from. */
	@Bean
	OpenAPI tandemOpenApi(TandemProperties properties) {
		String url = Objects.requireNonNullElse(properties.publicUrl(), "/");
		return new OpenAPI().servers(List.of(new Server().url(url).description("This instance")))
			.info(new Info().title("Tandem API")
				.version("v1")
				.description("JSON API for automation. Authenticate with a personal access token "
						+ "(Authorization: Bearer tdm_…) created on the Access tokens page; each token carries scopes. "
						+ "Bodies are bounded before they are read: JSON up to 64 KB (413 beyond, as a problem detail), "
						+ "at most 16 levels deep, strings up to 64 K characters; a body that is not JSON of the "
						+ "expected shape, or names a field the route does not know, gets 400 with a translated "
						+ "problem detail. A 401 carries WWW-Authenticate: Bearer.")
				.license(new License().name("AGPL-3.0-or-later")))
			.components(new Components().addSecuritySchemes("accessToken",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("tdm_…")));
	}

	/** Every operation that takes a body documents the answers the limits give; every operation the 401. */
	@Bean
	OpenApiCustomizer boundedBodies() {
		return api -> api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
			ApiResponses responses = operation.getResponses();
			responses.putIfAbsent("401", new ApiResponse().description("No valid token (WWW-Authenticate: Bearer)"));
			if (operation.getRequestBody() != null) {
				responses.putIfAbsent("400", new ApiResponse().description(
						"Not JSON of the expected shape, or a field the route does not know (problem detail)"));
				responses.putIfAbsent("413", new ApiResponse().description(
						"Body over 64 KB or past a parsing limit (problem detail)"));
			}
		}));
	}

}
