package org.tandem.cohort.api;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.cohort.CohortAgreements.Kind;
import org.tandem.cohort.domain.AgreementParty;
import org.tandem.cohort.domain.AgreementSignature;
import org.tandem.cohort.domain.AgreementText;
import org.tandem.cohort.domain.AgreementVersion;
import org.tandem.cohort.domain.CohortAgreementService;
import org.tandem.platform.Access;
import org.tandem.platform.ApiPathRules;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Role;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The hub's cohort agreements as JSON, for staff's own tools: each kind with its versions, one version's texts with
 * their SHA-256, and an organization's or a provider's signatures (ids, kind, version, language, time and SHA-256,
 * not the text). Scope {@code cohorts:read}.
 */
@RestController
@RequestMapping(path = "/api/v1/cohort-agreements", produces = "application/json")
@Tag(name = "Cohort agreements")
@SecurityRequirement(name = "accessToken")
class CohortAgreementApiController {

	private final CohortAgreementService agreements;

	private final MessageSource messages;

	CohortAgreementApiController(CohortAgreementService agreements, MessageSource messages) {
		this.agreements = agreements;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "The hub's agreements: each kind, its current version and every version",
			description = "Needs the scope cohorts:read (hub staff, administrators). Kinds: mou, cohort-addendum, "
					+ "confidentiality; versions newest first; `current` is null before the first is published.")
	List<KindResponse> kinds() {
		return Arrays.stream(Kind.values()).map(kind -> {
			List<VersionResponse> versions = agreements.versions(kind).stream().map(CohortAgreementApiController::version)
				.toList();
			return new KindResponse(kind.slug(), kind.signedByOrganizations(), kind.signedByProviders(),
					versions.isEmpty() ? null : versions.getFirst().number(), versions);
		}).toList();
	}

	@GetMapping("/{kind}/{version}")
	@Operation(summary = "One version of an agreement: its texts in the five languages, each with its SHA-256",
			description = "Needs the scope cohorts:read. The SHA-256 is of the text's UTF-8 bytes, in lower-case hex, "
					+ "as kept with every signature. 404 for a kind or version that does not exist.")
	TextResponse text(@Parameter(description = "mou, cohort-addendum or confidentiality") @PathVariable String kind,
			@PathVariable String version) {
		Kind k = Kind.ofSlug(kind).orElseThrow(NotFoundException::new);
		int number;
		try {
			number = Integer.parseInt(version);
		}
		catch (NumberFormatException notANumber) {
			throw new NotFoundException();
		}
		AgreementText text = agreements.version(k, number);
		return new TextResponse(version(text.version()), AgreementText.LANGUAGES.stream()
			.map(language -> new LanguageText(language, text.text(language), text.sha256(language)))
			.toList());
	}

	@GetMapping("/signatures")
	@Operation(summary = "An organization's or a provider's signatures",
			description = "Needs the scope cohorts:read. Exactly one of `organization` or `provider`. Each signature: "
					+ "its id, kind, version, language, when, the account that signed and the SHA-256 of the text "
					+ "signed (the text itself is on the version). By kind, then newest version first.")
	List<SignatureResponse> signatures(@RequestParam(required = false) @Nullable UUID organization,
			@RequestParam(required = false) @Nullable UUID provider) {
		if ((organization == null) == (provider == null)) {
			throw new InvalidInput("organization", "cohort.api.partyMissing");
		}
		AgreementParty party = organization != null ? AgreementParty.organization(organization)
				: AgreementParty.provider(provider);
		return agreements.signaturesOf(party).stream().map(CohortAgreementApiController::signature).toList();
	}

	@ExceptionHandler(InvalidInput.class)
	ProblemDetail invalid(InvalidInput invalid, Locale locale) {
		return invalid.problem(messages, locale);
	}

	private static VersionResponse version(AgreementVersion v) {
		return new VersionResponse(v.kind().slug(), v.number(), v.publishedAt());
	}

	private static SignatureResponse signature(AgreementSignature s) {
		AgreementParty party = s.party();
		return new SignatureResponse(s.id(), s.kind().slug(), s.version(), s.language(), s.signedAt(), s.accountId(),
				party.organization() ? party.id() : null, party.organization() ? null : party.id(), s.textSha256());
	}

	/**
	 * @param current the current version's number (the one to sign now), or null before the first
	 * @param versions newest first
	 */
	record KindResponse(String kind, boolean signedByOrganizations, boolean signedByProviders,
			@Nullable Integer current, List<VersionResponse> versions) {
	}

	record VersionResponse(String kind, int number, Instant publishedAt) {
	}

	/** @param sha256 of the text's UTF-8 bytes, lower-case hex */
	record LanguageText(String language, String text, String sha256) {

		@Override
		public String toString() {
			return "LanguageText[" + language + "]";
		}

	}

	record TextResponse(VersionResponse version, List<LanguageText> texts) {
	}

	/** @param sha256 of the text as signed (UTF-8, lower-case hex) */
	record SignatureResponse(UUID id, String kind, int version, String language, Instant signedAt, UUID account,
			@Nullable UUID organization, @Nullable UUID provider, String sha256) {
	}

	@Configuration(proxyBeanMethods = false)
	static class Rules {

		@Bean
		ApiPathRules cohortAgreementApiRules() {
			return rules -> rules
				.requestMatchers(HttpMethod.GET, "/api/v1/cohort-agreements", "/api/v1/cohort-agreements/**")
				.access(Access.scopeAndAnyRole("cohorts:read", Role.STAFF, Role.ADMIN))
				.requestMatchers(HttpMethod.POST, "/api/v1/cohorts/*/announcements")
				.access(Access.scopeAndAnyRole("cohorts:write", Role.STAFF, Role.ADMIN));
		}

	}

}
