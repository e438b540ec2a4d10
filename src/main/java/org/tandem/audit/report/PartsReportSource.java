package org.tandem.audit.report;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.account.Accounts;
import org.tandem.audit.domain.Audit;
import org.tandem.audit.catalog.ActivityCatalog;
import org.tandem.audit.catalog.CatalogActivity;
import org.tandem.audit.domain.AuditFindings;
import org.tandem.audit.domain.AuditPlans;
import org.tandem.audit.domain.AuditService;
import org.tandem.audit.domain.Finding;
import org.tandem.audit.domain.Recommendation;
import org.tandem.organization.Organizations;
import org.tandem.platform.Money;
import org.tandem.platform.NotFoundException;

/**
 * A report's input from the audit and its parts: the organization's name, the report language, the context, the
 * activities, the findings (weightiest first), the recommendations with the findings they answer and what the
 * organization decided, and the re-check date, issued now by the acting account. Effort and cost are written in the
 * report's language.
 */
@Component
class PartsReportSource implements ReportSource {

	private final AuditService audits;

	private final Organizations organizations;

	private final Accounts accounts;

	private final Clock clock;

	private final AuditFindings findings;

	private final AuditPlans plans;

	private final ActivityCatalog catalog;

	private final MessageSource messages;

	PartsReportSource(AuditService audits, Organizations organizations, Accounts accounts, Clock clock,
			AuditFindings findings, MessageSource messages, AuditPlans plans, ActivityCatalog catalog) {
		this.findings = findings;
		this.plans = plans;
		this.catalog = catalog;
		this.messages = messages;
		this.audits = audits;
		this.organizations = organizations;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ReportInput> input(UUID auditId, UUID accountId) {
		Audit audit;
		try {
			audit = audits.get(auditId, accountId).audit();
		}
		catch (NotFoundException e) {
			return Optional.empty();
		}
		Audit.Context context = audit.context();
		String auditor = Optional.ofNullable(accounts.byIds(Set.of(accountId)).get(accountId))
			.map(Accounts.Person::displayName)
			.orElse("");
		return Optional.of(new ReportInput(audit.id(), organizations.name(audit.organizationId()).orElse(""),
				audit.locale(),
				new ReportInput.Context(context.scope(), context.threats(), context.organizationSize(),
						context.country(), context.setting(), context.minutesAvailable()),
				activitiesOf(auditId, accountId, audit.locale()), findingsOf(auditId, accountId), recommendationsOf(auditId, accountId, audit.locale()),
				audit.recheckOn(), clock.instant(), auditor));
	}

	private List<ReportInput.Activity> activitiesOf(UUID auditId, UUID accountId, Locale locale) {
		// the methods' titles are read once per catalog, not once per activity
		Map<String, Map<String, String>> methodTitles = new HashMap<>();
		return plans.view(auditId, accountId, locale).planned().stream().map(planned -> {
			CatalogActivity entry = planned.entry();
			Map<String, String> titles = entry == null ? Map.of()
					: methodTitles.computeIfAbsent(entry.catalog(), name -> catalog.methodTitles(name, locale));
			return new ReportInput.Activity(entry == null ? "" : entry.title(),
					entry == null ? List.of() : entry.methods().stream().map(m -> titles.getOrDefault(m, m)).toList(),
					planned.activity().status(), planned.activity().skipReason(),
					entry == null || entry.minutes() == null ? 0 : entry.minutes());
		}).toList();
	}

	private List<ReportInput.Finding> findingsOf(UUID auditId, UUID accountId) {
		return findings.findings(auditId, accountId)
			.stream()
			.map(f -> new ReportInput.Finding(f.title(), f.category().messageKey(), lines(f.assets()),
					f.likelihood().step(), f.impact().step(), f.evidence(), f.evidenceFiles(), f.seenBy()))
			.toList();
	}

	private List<ReportInput.Recommendation> recommendationsOf(UUID auditId, UUID accountId, Locale locale) {
		return findings.recommendations(auditId, accountId).stream().map(recommended -> {
			Recommendation r = recommended.recommendation();
			String effort = messages.getMessage("audit.rec.hours", new Object[] { r.effortHours() }, locale);
			return new ReportInput.Recommendation(r.title(), r.action(),
					recommended.findings().stream().map(Finding::title).toList(), effort,
					money(r.costMinor(), r.currency(), locale), r.priority(), r.status(), r.reason());
		}).toList();
	}

	/** The assets as the auditor listed them, one a line. */
	private static List<String> lines(@Nullable String text) {
		return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	/** An amount in minor units of its currency, written the report language's way, as the pages write it. */
	static @Nullable String money(@Nullable Long minor, @Nullable String currency, Locale locale) {
		return minor == null || currency == null ? null : Money.format(minor, currency, locale);
	}

}
