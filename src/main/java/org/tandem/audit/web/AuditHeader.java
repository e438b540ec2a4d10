package org.tandem.audit.web;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.tandem.audit.domain.AuditService;
import org.tandem.organization.Organizations;

/**
 * What the findings, recommendations and follow-up pages show at their top ({@code audit/findings-header}): the audit,
 * its status, the organization's name and the side the reader sees it from. Not found for anyone who may not see it.
 */
@Component
class AuditHeader {

	private final AuditService audits;

	private final Organizations organizations;

	AuditHeader(AuditService audits, Organizations organizations) {
		this.audits = audits;
		this.organizations = organizations;
	}

	AuditService.Seen add(Model model, UUID auditId, UUID accountId) {
		AuditService.Seen seen = audits.get(auditId, accountId);
		model.addAttribute("audit", seen.audit());
		model.addAttribute("side", seen.side());
		model.addAttribute("auditor", seen.side() == org.tandem.audit.AuditSide.AUDITOR);
		model.addAttribute("organizationName", organizations.name(seen.audit().organizationId()).orElse(""));
		return seen;
	}

}
