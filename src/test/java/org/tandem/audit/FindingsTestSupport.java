package org.tandem.audit;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.audit.domain.Audit;
import org.tandem.audit.domain.AuditFindings;
import org.tandem.audit.domain.Finding;
import org.tandem.audit.domain.Findings;
import org.tandem.audit.domain.Recommendation;
import org.tandem.audit.domain.Recommendations;

/**
 * The parties of an audit inside an engagement ({@link PlanTestSupport}), and the audit started by the provider, for
 * the findings' and recommendations' tests.
 */
abstract class FindingsTestSupport extends PlanTestSupport {

	@Autowired
	protected AuditFindings read;

	@Autowired
	protected Findings findings;

	@Autowired
	protected Recommendations recommendations;

	protected UUID audit;

	@BeforeEach
	void theAudit() {
		audit = audits.startInEngagement(engagement, providerAccount, context()).id();
	}

	static Audit.Context context() {
		return new Audit.Context("canary-The newsroom's accounts and devices", null, 12, "MX",
				AuditSetting.REMOTE_WITH_SUPPORT, 600, Set.of(), "en");
	}

	static Finding.Entry finding(String title, Likelihood likelihood, Impact impact) {
		return new Finding.Entry(title, FindingCategory.ONLINE_ACCOUNTS, "canary-The shared mailbox", likelihood,
				impact, "canary-Seen in the settings", List.of("canary-screenshot.png"), "canary-Ana and the auditor");
	}

	static Recommendation.Entry recommendation(String title, UUID... findingIds) {
		return new Recommendation.Entry(title, "canary-Turn on **two-step** sign-in", List.of(findingIds), 4, 15_000L,
				"USD", Priority.HIGH, null);
	}

}
