package org.tandem.intake.domain;

import org.tandem.intake.Approach;
import org.tandem.intake.Timeframe;
import org.tandem.intake.Urgency;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.account.Accounts;
import org.tandem.intake.RequestStatus;
import org.tandem.organization.OrganizationKind;
import org.tandem.organization.SizeBand;
import org.tandem.platform.TandemProperties;

/**
 * With demo data switched on, fills an empty queue with a few requests, clearly marked as demo, so the triage pages
 * can be tried. They go through the same path as real ones (sealed, with a status link nobody knows).
 */
@Component
class DemoRequests {

	private final RequesterService requesters;

	private final Casework casework;

	private final JdbcClient jdbc;

	private final TandemProperties properties;

	private final Accounts accounts;

	DemoRequests(RequesterService requesters, Casework casework, JdbcClient jdbc, TandemProperties properties,
			Accounts accounts) {
		this.accounts = accounts;
		this.requesters = requesters;
		this.casework = casework;
		this.jdbc = jdbc;
		this.properties = properties;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onReady() {
		if (!properties.demo() || jdbc.sql("select count(*) from help_request").query(Long.class).single() > 0) {
			return;
		}
		List<UUID> ids = new java.util.ArrayList<>();
		for (RequestSubmission submission : samples()) {
			ids.add(requesters.submit(submission).id());
		}
		// two of them assessed by the demo staff member, so matching has a queue to work on
		accounts.findByUsername("demo-staff-1").map(Accounts.Person::id).ifPresent(staff -> {
			assess(ids.get(2), staff, EnumSet.of(ServiceNeed.DEVICE_SECURITY), List.of("ar", "fr"), RiskLevel.HIGH);
			assess(ids.get(3), staff, EnumSet.of(ServiceNeed.TRAINING), List.of("pt", "es"), RiskLevel.MODERATE);
		});
	}

	private void assess(UUID id, UUID staff, Set<ServiceNeed> services, List<String> languages, RiskLevel risk) {
		casework.move(id, RequestStatus.ASSESSING, staff);
		casework.assess(id, new HelpRequest.Assessment(services, languages, "Demo assessment.", risk), staff);
	}

	private static List<RequestSubmission> samples() {
		return List.of(
				new RequestSubmission(true, "es", null, OrganizationKind.MEDIA, SizeBand.UP_TO_20, "MX", null,
						List.of("es"), "Demo: periodistas comunitarios", EnumSet.of(Problem.ACCOUNT_COMPROMISED),
						"Demo request. Someone took over the editor's email account last night and is writing to our sources.",
						"Get the account back and protect the others", Urgency.EMERGENCY, Timeframe.THIS_WEEK,
						Approach.INTRODUCTION, ContactMethod.STATUS_PAGE, null, null, null, null, false, false),
				new RequestSubmission(false, "en", "Demo Tenants Union", OrganizationKind.COMMUNITY_GROUP,
						SizeBand.UP_TO_5, "GB", null, List.of("en"), null,
						EnumSet.of(Problem.NEED_TRAINING, Problem.NEED_POLICIES),
						"Demo request. We are volunteers and want to learn to keep our members' list safe.", null,
						Urgency.NOT_URGENT, Timeframe.NEXT_MONTHS, Approach.COHORT, ContactMethod.EMAIL,
						"demo-tenants@example.org", null, null, null, true, false),
				new RequestSubmission(true, "ar", null, OrganizationKind.HUMAN_RIGHTS_DEFENDER, null, "LB", null,
						List.of("ar", "fr"), null, EnumSet.of(Problem.DEVICE_LOST_OR_SEIZED, Problem.SURVEILLANCE),
						"Demo request. A laptop was seized at a checkpoint; we think our phones are monitored.", null,
						Urgency.URGENT, Timeframe.THIS_WEEK, Approach.NOT_SURE, ContactMethod.SIGNAL, null,
						"+961 70 000 000", null, null, false, false),
				new RequestSubmission(false, "pt", "Demo Rede de Mulheres", OrganizationKind.NETWORK,
						SizeBand.UP_TO_100, "BR", null, List.of("pt", "es"), "Demo: mulheres defensoras",
						EnumSet.of(Problem.HARASSMENT_OR_DOXXING, Problem.WEBSITE_ATTACKED),
						"Demo request. Our website goes down every time we publish, and our coordinator's address was posted online.",
						null, Urgency.SOON, Timeframe.THIS_MONTH, Approach.INTRODUCTION, ContactMethod.PHONE, null,
						null, "+55 11 0000 0000", null, false, false));
	}

}
