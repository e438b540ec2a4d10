package org.tandem.audit.domain;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.audit.persistence.FindingRepository;
import org.tandem.audit.persistence.RecommendationRepository;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;

/**
 * Recording an audit's findings, always as one account of the audit's auditor side while the audit is open: added,
 * changed on a page that showed the finding as it is (stale pages refused), removed unless a recommendation still
 * rests on it. The organization's side reads them ({@link AuditFindings}).
 */
@Service
public class Findings {

	/** The most findings one audit holds. */
	public static final int LIMIT = 200;

	private final AuditService audits;

	private final FindingRepository findings;

	private final RecommendationRepository recommendations;

	private final Clock clock;

	Findings(AuditService audits, FindingRepository findings, RecommendationRepository recommendations, Clock clock) {
		this.audits = audits;
		this.findings = findings;
		this.recommendations = recommendations;
		this.clock = clock;
	}

	@Transactional
	public Finding add(UUID auditId, UUID accountId, Finding.Entry entry) {
		Audit audit = audits.forChange(auditId, accountId);
		if (findings.countByAuditId(auditId) >= LIMIT) {
			throw new InvalidInput("title", "audit.finding.tooMany");
		}
		Finding finding = findings.save(Finding.record(audit, accountId, entry, clock.instant()));
		audits.touched(auditId);
		return finding;
	}

	/** Changes a finding, if the page it was changed on showed it as it is. */
	@Transactional
	public void change(UUID auditId, UUID accountId, UUID findingId, Finding.Entry entry, long seenVersion) {
		audits.forChange(auditId, accountId);
		Finding finding = of(auditId, findingId);
		if (finding.version() != seenVersion) {
			throw new InvalidInput("title", "audit.finding.stale");
		}
		finding.change(entry, clock.instant());
		findings.save(finding);
		audits.touched(auditId);
	}

	/** Removes a finding no recommendation rests on. */
	@Transactional
	public void remove(UUID auditId, UUID accountId, UUID findingId) {
		audits.forChange(auditId, accountId);
		Finding finding = of(auditId, findingId);
		if (recommendations.countResting(findingId) > 0) {
			throw new InvalidInput("title", "audit.finding.linked");
		}
		findings.delete(finding);
		audits.touched(auditId);
	}

	private Finding of(UUID auditId, UUID findingId) {
		return findings.findById(findingId).filter(f -> f.auditId().equals(auditId)).orElseThrow(NotFoundException::new);
	}

}
