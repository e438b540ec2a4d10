package org.tandem.platform.security;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.springframework.http.HttpStatus;
import org.tandem.platform.Access;
import org.tandem.platform.ApiTokenAuthenticator;
import org.tandem.platform.ApiPathRules;
import org.tandem.platform.PathRules;
import org.tandem.platform.Role;
import org.tandem.platform.TandemProperties;

/**
 * Three filter chains: a stateless one for the JSON API and metrics (personal access tokens only, no cookies), a
 * stateless one for static files, and one for the pages (form login, second factors, passkeys, sessions in the
 * database, a stateless CSRF token).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class WebSecurityConfiguration {

	/** Pages anybody may open, signed in or not. */
	static final String[] PUBLIC_PATHS = { "/", "/login", "/login/failed", "/setup/**", "/invitation/**",
			"/password-reset", "/password-reset/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/error",
			"/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**", "/webauthn/authenticate/options",
			"/login/webauthn" };

	/** Static files, served without a session. */
	static final String[] STATIC_PATHS = { "/css/**", "/js/**", "/img/**", "/favicon.ico" };

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self'; font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
			+ "base-uri 'none'; object-src 'none'";

	static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
			+ "magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()";

	/**
	 * Passkeys must verify the person (PIN or biometrics) at creation and at every use: a passkey then stands for
	 * two factors, and may complete a sign-in on its own.
	 */
	/**
	 * No observation of the security filters, of sign-ins and of authorization decisions. The property
	 * {@code management.observations.enable.spring.security=false} only turns each observation into a no-op: the
	 * filter chain stayed wrapped in observing decorators, every filter looked up its event name on every request.
	 * Request metrics ({@code http.server.requests}) stay; the security audit log records sign-ins.
	 */
	@Bean
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	WebAuthnRelyingPartyOperations relyingPartyOperations(PublicKeyCredentialUserEntityRepository users,
			UserCredentialRepository credentials, TandemProperties properties,
			@Value("${server.port:8080}") int port) {
		// Without a public address passkeys work only on the server itself, at the configured port.
		String origin = Objects.requireNonNullElse(properties.publicUrl(), "http://localhost:" + port);
		var operations = new Webauthn4JRelyingPartyOperations(users, credentials,
				PublicKeyCredentialRpEntity.builder().id(properties.host()).name(properties.hubName()).build(),
				Set.of(origin.replaceFirst("(?i)^(https?://[^/]+).*$", "$1")));
		operations.setCustomizeCreationOptions(creation -> creation.authenticatorSelection(
				AuthenticatorSelectionCriteria.builder()
					.userVerification(UserVerificationRequirement.REQUIRED)
					.residentKey(ResidentKeyRequirement.REQUIRED)
					.build()));
		operations.setCustomizeRequestOptions(request -> request.userVerification(UserVerificationRequirement.REQUIRED));
		return operations;
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiFilterChain(HttpSecurity http, ApiTokenAuthenticator tokens, List<ApiPathRules> moduleRules)
			throws Exception {
		http.securityMatcher("/api/**", "/actuator/prometheus")
			.authorizeHttpRequests(rules -> {
				rules.requestMatchers("/actuator/prometheus").access(Access.scopeAndRole("metrics:read", Role.ADMIN))
					.requestMatchers("/api/v1/audit-events/**").access(Access.scopeAndRole("audit:read", Role.ADMIN))
					.requestMatchers("/api/v1/me").hasAuthority("SCOPE_account:read");
				moduleRules.forEach(module -> module.configure(rules));
				rules.anyRequest().denyAll();
			})
			.addFilterAfter(new AccessTokenFilter(tokens), SecurityContextHolderFilter.class)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache(cache -> cache.disable())
			.csrf(csrf -> csrf.disable()) // no cookies are read on this chain: bearer tokens only
			.exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, failure) -> {
				// RFC 6750: a 401 names the scheme the caller must use
				response.setHeader("WWW-Authenticate", "Bearer realm=\"tandem\"");
				response.sendError(HttpStatus.UNAUTHORIZED.value());
			}))
			.headers(SecurityHeaders::apply);
		return http.build();
	}

	/**
	 * Style sheets, scripts and images: open to all, with the same headers, and without the session, which nothing
	 * here needs (read from the database, it would cost a signed-in browser one query per file).
	 */
	@Bean
	@Order(2)
	SecurityFilterChain staticFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher(STATIC_PATHS)
			.authorizeHttpRequests(rules -> rules.anyRequest().permitAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache(cache -> cache.disable())
			.csrf(csrf -> csrf.disable()) // nothing here changes state
			.headers(SecurityHeaders::apply);
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain webFilterChain(HttpSecurity http, TandemProperties properties, List<PathRules> moduleRules,
			SignInSuccessHandler successHandler, SignInFailureHandler failureHandler) throws Exception {
		var csrfTokens = new CookieCsrfTokenRepository();
		csrfTokens.setCookieName(CookieNames.csrf(properties));
		csrfTokens.setCookieCustomizer(cookie -> cookie.secure(properties.secure()).httpOnly(true).sameSite("Lax").path("/"));
		var requestCache = CookieNames.requestCache(properties);

		http.authorizeHttpRequests(rules -> {
			rules.requestMatchers(PUBLIC_PATHS).permitAll();
			rules.requestMatchers(HttpMethod.GET, "/login/second-factor").access(Access.awaitingSecondFactor());
			rules.requestMatchers(HttpMethod.POST, "/login/second-factor/**").access(Access.awaitingSecondFactor());
			// Passkeys are removed through Tandem's own page, which keeps a required factor and writes the audit log.
			rules.requestMatchers(HttpMethod.DELETE, "/webauthn/register/**").denyAll();
			rules.requestMatchers("/logout").authenticated();
			moduleRules.forEach(module -> module.configure(rules));
			rules.anyRequest().access(Access.complete());
		})
			.formLogin(form -> form.loginPage("/login")
				.usernameParameter("username")
				.passwordParameter("password")
				.successHandler(successHandler)
				.failureHandler(failureHandler)
				.permitAll())
			// The relying party (id, name, origins, user verification) is the relyingPartyOperations bean above.
			.webAuthn(passkeys -> passkeys.disableDefaultRegistrationPage(true)
				.withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
					// The passkey filter is not given the shared session strategy: without this, a passkey
					// sign-in would keep the session id (and CSRF token) the browser had before.
					@Override
					public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
						filter.setSessionAuthenticationStrategy(new CompositeSessionAuthenticationStrategy(
								List.of(new ChangeSessionIdAuthenticationStrategy(),
										new CsrfAuthenticationStrategy(csrfTokens))));
						return filter;
					}
				}))
			.logout(logout -> logout.logoutUrl("/logout")
				.logoutSuccessUrl("/login?signedOut")
				.invalidateHttpSession(true)
				.clearAuthentication(true)
				.deleteCookies(CookieNames.session(properties)))
			.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens))
			.requestCache(cache -> cache.requestCache(requestCache))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.exceptionHandling(errors -> errors.accessDeniedHandler(new SecondFactorAccessDeniedHandler()))
			.headers(SecurityHeaders::apply);
		return http.build();
	}

}
