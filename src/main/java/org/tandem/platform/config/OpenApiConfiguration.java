package org.tandem.platform.config;

import java.util.List;
import java.util.Objects;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tandem.platform.TandemProperties;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
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
						+ "(Authorization: Bearer tdm_…) created on the Access tokens page; each token carries scopes.")
				.license(new License().name("AGPL-3.0-or-later")))
			.components(new Components().addSecuritySchemes("accessToken",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("tdm_…")));
	}

}
