package org.tandem.audit.report;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.account.Accounts;
import org.tandem.audit.domain.Audit;
import org.tandem.audit.domain.AuditService;
import org.tandem.organization.Organizations;
import org.tandem.platform.NotFoundException;

/**
 * A report's input from the audit itself: the organization's name, the report language, the context and the re-check
 * date, issued now by the acting account. The audit's other parts (activities, findings, recommendations) add theirs
 * here as they come; until then a report shows the context and says there is nothing else yet.
 */
@Component
class ContextReportSource implements ReportSource {

	private final AuditService audits;

	private final Organizations organizations;

	private final Accounts accounts;

	private final Clock clock;

	ContextReportSource(AuditService audits, Organizations organizations, Accounts accounts, Clock clock) {
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
				List.of(), List.of(), List.of(), audit.recheckOn(), clock.instant(), auditor));
	}

}
