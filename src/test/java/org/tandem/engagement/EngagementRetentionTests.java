package org.tandem.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.tandem.engagement.domain.Engagement;
import org.tandem.engagement.domain.EngagementService;
import org.tandem.engagement.domain.Risk;
import org.tandem.organization.OrganizationKind;
import org.tandem.organization.SizeBand;
import org.tandem.organization.domain.Organization;
import org.tandem.organization.domain.OrganizationService;
import org.tandem.platform.Role;
import org.tandem.privacy.RetentionRule;
import org.tandem.privacy.RetentionService;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.LogLeakWatcher;
import org.tandem.support.ProviderNetwork;
import org.tandem.support.WebSession;
import org.tandem.support.WebTestSupport;

/**
 * The retention rule {@code engagement.closed} on H2 and PostgreSQL, against a fixed clock: an engagement closed just
 * under two years ago stays, one closed just over goes with every row of it, an open one is never touched, and an
 * administrator's shorter period is followed on the next run.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = EngagementContext.OWN)
class EngagementRetentionTests extends WebTestSupport {

	static final Instant NOW = Instant.parse("2031-03-01T12:00:00Z");

	@Override
	protected WebSession visitor() {
		return super.visitor().from(LogLeakWatcher.freshRequesterAddress());
	}

	@Autowired
	EngagementService engagements;

	@Autowired
	OrganizationService organizations;

	@Autowired
	List<RetentionRule> rules;

	@Autowired
	RetentionService retention;

	@Test
	void closedEngagementsGoWithEverythingInThemOnceTheirPeriodHasPassed() {
		ProviderNetwork.ActiveProvider provider = new ProviderNetwork(this).activeProvider();
		Person member = fixtures.create(true, Role.ORG_MEMBER);
		Person staff = fixtures.create(true, Role.STAFF);
		UUID organization = organizations.create(new Organization.Profile("canary-Radio Norte " + UUID.randomUUID(),
				null, null, OrganizationKind.MEDIA, SizeBand.UP_TO_20, "MX")).id();
		organizations.addMember(organization, member.username());
		Duration twoYears = Duration.ofDays(730);
		UUID kept = closed(organization, provider.id(), staff, member, NOW.minus(twoYears).plusSeconds(60));
		UUID gone = closed(organization, provider.id(), staff, member, NOW.minus(twoYears).minusSeconds(60));
		UUID open = closed(organization, provider.id(), staff, member, null);
		UUID recent = closed(organization, provider.id(), staff, member, NOW.minus(Duration.ofDays(40)));

		long each = rows(open);
		assertThat(each).as("the engagement, a risk, a phase move, three participants").isEqualTo(6);
		assertThat(period()).isEqualTo(twoYears);
		run();

		assertThat(rows(gone)).as("every row of the engagement closed over two years ago").isZero();
		assertThat(rows(kept)).isEqualTo(each);
		assertThat(rows(open)).isEqualTo(each);
		// the organization is untouched: its other engagements, its profile
		assertThat(organizations.get(organization).name()).startsWith("canary-Radio Norte");

		// an administrator keeps closed engagements 30 days: the next run follows
		retention.change("engagement.closed", 30, staff.id());
		run();
		assertThat(rows(kept)).isZero();
		assertThat(rows(recent)).isZero();
		assertThat(rows(open)).isEqualTo(each);
		retention.change("engagement.closed", 730, staff.id());
	}

	/** The period in force, as administrators set it. */
	private Duration period() {
		return retention.settings()
			.stream()
			.filter(s -> s.kind().equals("engagement.closed"))
			.findFirst()
			.orElseThrow()
			.period();
	}

	/** What the privacy job does for this rule, as if it were {@link #NOW}. */
	private void run() {
		rules.stream()
			.filter(r -> r.kind().equals("engagement.closed"))
			.findFirst()
			.orElseThrow()
			.apply(NOW.minus(period()));
	}

	/** An engagement with a risk and a phase move, closed at the time given (open for null). */
	private UUID closed(UUID organization, UUID provider, Person staff, Person member, Instant closedAt) {
		Engagement engagement = engagements.openByHand(organization, provider, staff.id());
		engagements.addRisk(engagement.id(), member.id(),
				new Risk.Line("canary-Sources", "canary-Seizure", null, Level.LOW, Level.LOW));
		engagements.agree(engagement.id(), member.id(), Map.of(Agreement.WORKING, "canary-Weekly"),
				engagement.version());
		if (closedAt != null) {
			// closing is its own part of the module; here the row says what it would
			jdbc.sql("update engagement set phase = 'CLOSED', closed_at = :at where id = :id")
				.param("at", closedAt.atOffset(ZoneOffset.UTC))
				.param("id", engagement.id())
				.update();
		}
		return engagement.id();
	}

	/** The engagement's rows in every table: itself, its risks, its phase history and its participants. */
	private long rows(UUID engagement) {
		long total = 0;
		for (String table : List.of("engagement_risk", "engagement_phase_change", "engagement_participant")) {
			total += jdbc.sql("select count(*) from " + table + " where engagement_id = :e")
				.param("e", engagement)
				.query(Long.class)
				.single();
		}
		return total + jdbc.sql("select count(*) from engagement where id = :e").param("e", engagement)
			.query(Long.class)
			.single();
	}

}
