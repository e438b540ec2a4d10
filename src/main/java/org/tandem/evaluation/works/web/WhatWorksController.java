package org.tandem.evaluation.works.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tandem.directory.Providers;
import org.tandem.evaluation.works.WhatWorks;
import org.tandem.evaluation.works.WhatWorks.WorksReport;
import org.tandem.platform.Access;
import org.tandem.platform.Navigation;
import org.tandem.platform.NavigationItem;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.PathRules;
import org.tandem.platform.Pdf;
import org.tandem.platform.Role;
import org.tandem.platform.TandemPrincipal;

/**
 * What works for staff, administrators, advisory members and providers (the hub's suppressed aggregates), and a
 * provider's own efficacy (its plans only, the same rule). Charts with their tables and CSV files of the same cells.
 */
@Controller
class WhatWorksController {

	static final Set<Role> READERS = Set.of(Role.STAFF, Role.ADMIN, Role.ADVISORY, Role.PROVIDER);

	private final WhatWorks works;

	private final Providers providers;

	private final MessageSource messages;

	WhatWorksController(WhatWorks works, Providers providers, MessageSource messages) {
		this.works = works;
		this.providers = providers;
		this.messages = messages;
	}

	@GetMapping("/evaluation/what-works")
	String hub(Model model, Locale locale) {
		return page(works.hub(), false, model, locale);
	}

	@GetMapping("/evaluation/what-works.csv")
	ResponseEntity<byte[]> hubCsv(Locale locale) {
		return csv(works.hub(), "what-works.csv", locale);
	}

	@GetMapping("/provider/efficacy")
	String provider(TandemPrincipal principal, Model model, Locale locale) {
		return page(works.provider(providerOf(principal)), true, model, locale);
	}

	@GetMapping("/provider/efficacy.csv")
	ResponseEntity<byte[]> providerCsv(TandemPrincipal principal, Locale locale) {
		return csv(works.provider(providerOf(principal)), "efficacy.csv", locale);
	}

	private UUID providerOf(TandemPrincipal principal) {
		return providers.providerOf(principal.accountId()).orElseThrow(NotFoundException::new);
	}

	private String page(WorksReport report, boolean own, Model model, Locale locale) {
		WorksTexts texts = new WorksTexts(messages, locale);
		boolean rightToLeft = Pdf.rightToLeft(locale);
		model.addAttribute("report", report);
		model.addAttribute("own", own);
		model.addAttribute("texts", texts);
		model.addAttribute("parts", texts.parts(report, own ? "efficacy" : "works", rightToLeft));
		return "evaluation/what-works";
	}

	private ResponseEntity<byte[]> csv(WorksReport report, String filename, Locale locale) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(new WorksTexts(messages, locale).csv(report));
	}

	@Configuration(proxyBeanMethods = false)
	static class Rules {

		@Bean
		PathRules evaluationWorksPathRules() {
			return rules -> rules.requestMatchers("/evaluation/what-works", "/evaluation/what-works.csv")
				.access(Access.completeWithAnyRole(READERS.toArray(Role[]::new)))
				.requestMatchers("/provider/efficacy", "/provider/efficacy.csv")
				.access(Access.completeWithAnyRole(Role.PROVIDER));
		}

		@Bean
		Navigation evaluationWorksNavigation() {
			return () -> List.of(new NavigationItem(42, "evaluation.works.nav", "/evaluation/what-works", READERS),
					new NavigationItem(43, "evaluation.works.efficacy.nav", "/provider/efficacy", Set.of(Role.PROVIDER)));
		}

	}

}
