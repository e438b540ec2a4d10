package org.tandem.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.directory.Providers;
import org.tandem.engagement.domain.Engagement;
import org.tandem.engagement.domain.EngagementOverview;
import org.tandem.engagement.domain.EngagementService;
import org.tandem.engagement.domain.Risk;
import org.tandem.engagement.persistence.EngagementLoad;
import org.tandem.organization.OrganizationKind;
import org.tandem.organization.SizeBand;
import org.tandem.organization.domain.Organization;
import org.tandem.organization.domain.OrganizationService;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Role;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.LogLeakWatcher;
import org.tandem.support.ProviderNetwork;
import org.tandem.support.WebSession;
import org.tandem.support.WebTestSupport;

/**
 * Staff's overview of every engagement, on H2 and PostgreSQL: stalest first across the phases going on, page after
 * page by cursor with nothing repeated or lost, stuck when nothing happened for the configured time, the load per
 * provider kept as engagements open, move and are purged, and taking part recorded in the audit log.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = EngagementContext.OWN)
class EngagementOverviewTests extends WebTestSupport {

	@Override
	protected WebSession visitor() {
		return super.visitor().from(LogLeakWatcher.freshRequesterAddress());
	}

	@Autowired
	EngagementService engagements;

	@Autowired
	EngagementOverview overview;

	@Autowired
	OrganizationService organizations;

	@Autowired
	Providers providers;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.tandem.engagement.domain.Closings closings;

	private ProviderNetwork.ActiveProvider provider;

	private Person staff;

	private UUID organization;

	@BeforeEach
	void aProviderAndAnOrganization() {
		provider = new ProviderNetwork(this).activeProvider();
		staff = fixtures.create(true, Role.STAFF);
		organization = organizations.create(new Organization.Profile("Overview Org " + UUID.randomUUID(), null, null,
				OrganizationKind.MEDIA, SizeBand.UP_TO_20, "MX")).id();
		organizations.addMember(organization, fixtures.create(true, Role.ORG_MEMBER).username());
	}

	@Test
	void pagesGoStalestFirstAcrossThePhasesGoingOnWithoutRepeatsAndSayWhatIsStuck() {
		// pushed into the past, so that this test's engagements come before any other test's on the first pages
		Instant past = Instant.parse("2001-01-01T00:00:00Z").plusSeconds(Math.floorMod(organization.hashCode(), 100_000) * 60L);
		List<UUID> opened = new ArrayList<>();
		Phase[] phases = { Phase.DISCOVER, Phase.STRATEGISE, Phase.ACTUALISE, Phase.KEEPING_IN_TOUCH };
		for (int i = 0; i < 72; i++) {
			Engagement engagement = engagements.openByHand(organization, provider.id(), staff.id());
			Phase phase = phases[i % phases.length];
			if (phase == Phase.KEEPING_IN_TOUCH) {
				closings.close(engagement.id(), staff.id(), keepInTouch(6), engagement.version());
			}
			else if (phase != Phase.DISCOVER) {
				engagements.moveTo(engagement.id(), staff.id(), phase, engagement.version());
			}
			// the same instant for pairs: the cursor must tell them apart by id
			jdbc.sql("update engagement set updated_at = :at where id = :id")
				.param("at", Timestamp.from(past.plusSeconds(i / 2)))
				.param("id", engagement.id())
				.update();
			opened.add(engagement.id());
		}
		List<UUID> active = new ArrayList<>();
		for (int i = 0; i < opened.size(); i++) {
			if (phases[i % phases.length].isWorking()) {
				active.add(opened.get(i));
			}
		}

		List<EngagementOverview.Row> seen = new ArrayList<>();
		String after = "";
		int pages = 0;
		do {
			EngagementOverview.Page page = overview.page(EngagementOverview.State.ACTIVE, after, staff.id());
			seen.addAll(page.rows());
			after = page.next() == null ? null : page.next();
			pages++;
		}
		while (after != null && seen.stream().filter(r -> active.contains(r.id())).count() < active.size()
				&& pages < 1_000);
		List<EngagementOverview.Row> ours = seen.stream().filter(r -> active.contains(r.id())).toList();
		assertThat(ours).extracting(EngagementOverview.Row::id).doesNotHaveDuplicates().hasSize(active.size());
		assertThat(ours).isSortedAccordingTo(java.util.Comparator.comparing(EngagementOverview.Row::lastActivity)
			.thenComparing(r -> r.id().toString()));
		assertThat(ours).allSatisfy(r -> {
			assertThat(r.phase().isWorking()).isTrue();
			assertThat(r.stuck()).isTrue();
			assertThat(r.mine()).isTrue();
		});
		assertThat(pages).isGreaterThan(1);

		// keeping in touch is its own list, and never called stuck
		EngagementOverview.Page keeping = overview.page(EngagementOverview.State.KEEPING_IN_TOUCH, "", staff.id());
		assertThat(keeping.rows()).allSatisfy(r -> {
			assertThat(r.phase()).isEqualTo(Phase.KEEPING_IN_TOUCH);
			assertThat(r.stuck()).isFalse();
		});

		// the staff member's own list, newest first, 50 at a time
		org.tandem.engagement.domain.EngagementPages.Page mine = engagements.page(staff.id(), "");
		assertThat(mine.engagements()).hasSize(EngagementService.PAGE_SIZE);
		assertThat(mine.next()).isNotNull();
		org.tandem.engagement.domain.EngagementPages.Page rest = engagements.page(staff.id(), mine.next());
		assertThat(rest.next()).isNull();
		List<UUID> listed = new ArrayList<>(mine.engagements().stream().map(Engagement::id).toList());
		listed.addAll(rest.engagements().stream().map(Engagement::id).toList());
		assertThat(listed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(opened);
		assertThat(engagements.page(staff.id(), "bm90LWEtY3Vyc29y").engagements()).hasSize(EngagementService.PAGE_SIZE);

		// a cursor that was not made here shows the first page
		assertThat(overview.page(EngagementOverview.State.ACTIVE, "not-a-cursor", staff.id()).rows()).isNotEmpty();
	}

	@Test
	void activityUnsticksAnEngagementAndAnotherStaffMemberSeesItWithoutTakingPart() {
		Engagement engagement = engagements.openByHand(organization, provider.id(), staff.id());
		jdbc.sql("update engagement set updated_at = :at where id = :id")
			.param("at", Timestamp.from(Instant.now().minus(Duration.ofDays(40))))
			.param("id", engagement.id())
			.update();
		Person other = fixtures.create(true, Role.STAFF);
		assertThat(row(engagement.id(), other.id())).satisfies(r -> {
			assertThat(r.stuck()).isTrue();
			assertThat(r.mine()).isFalse();
		});
		assertThatThrownBy(() -> engagements.get(engagement.id(), other.id())).isInstanceOf(NotFoundException.class);

		engagements.addRisk(engagement.id(), staff.id(),
				new Risk.Line("The mailing list", "Leaks", null, Level.LOW, Level.MEDIUM));
		assertThat(row(engagement.id(), other.id()).stuck()).isFalse();

		// taking part: a participant for the hub, once, recorded in the audit log with the engagement's id only
		overview.takePart(engagement.id(), other.id());
		overview.takePart(engagement.id(), other.id());
		assertThat(engagements.get(engagement.id(), other.id()).sideOf(other.id())).hasValue(Side.STAFF);
		assertThat(row(engagement.id(), other.id()).mine()).isTrue();
		assertThat(jdbc.sql("""
				select count(*) from security_event where kind = 'ENGAGEMENT_JOINED' and account_id = :account
				and detail = :engagement""")
			.param("account", other.id())
			.param("engagement", engagement.id().toString())
			.query(Long.class)
			.single()).isOne();
		assertThatThrownBy(() -> overview.takePart(UUID.randomUUID(), other.id()))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void theLoadPerProviderFollowsOpeningMovingAndThePurge() {
		ProviderNetwork.ActiveProvider busy = new ProviderNetwork(this).activeProvider();
		Engagement first = engagements.openByHand(organization, busy.id(), staff.id());
		engagements.openByHand(organization, busy.id(), staff.id());
		assertThat(load(busy.id())).isEqualTo(new EngagementLoad.Load(busy.id(), 2, 0));

		Engagement second = engagements.openByHand(organization, busy.id(), staff.id());
		engagements.moveTo(second.id(), staff.id(), Phase.ACTUALISE, second.version());
		assertThat(load(busy.id())).isEqualTo(new EngagementLoad.Load(busy.id(), 3, 0));
		closings.close(first.id(), staff.id(), keepInTouch(6), first.version());
		assertThat(load(busy.id())).isEqualTo(new EngagementLoad.Load(busy.id(), 2, 1));
		Engagement moved = engagements.get(second.id(), staff.id());
		closings.close(second.id(), staff.id(), keepInTouch(0), moved.version());
		assertThat(load(busy.id())).isEqualTo(new EngagementLoad.Load(busy.id(), 1, 1));

		organizations.destroyAsStaff(organization);
		assertThat(jdbc.sql("select active from engagement_load where provider_id = :p")
			.param("p", busy.id())
			.query(Integer.class)
			.single()).isZero();
	}

	private static org.tandem.engagement.domain.Closing.Terms keepInTouch(int months) {
		return new org.tandem.engagement.domain.Closing.Terms(ClosingReason.PLAN_DONE, null, months, 1);
	}

	private EngagementLoad.Load load(UUID providerId) {
		return jdbc.sql("select provider_id, active, keeping_in_touch from engagement_load where provider_id = :p")
			.param("p", providerId)
			.query((rs, row) -> new EngagementLoad.Load(rs.getObject("provider_id", UUID.class), rs.getInt("active"),
					rs.getInt("keeping_in_touch")))
			.single();
	}

	private EngagementOverview.Row row(UUID engagementId, UUID staffId) {
		String after = "";
		for (int pages = 0; pages < 1_000; pages++) {
			EngagementOverview.Page page = overview.page(EngagementOverview.State.ACTIVE, after, staffId);
			var found = page.rows().stream().filter(r -> r.id().equals(engagementId)).findFirst();
			if (found.isPresent()) {
				return found.get();
			}
			if (page.next() == null) {
				break;
			}
			after = page.next();
		}
		throw new AssertionError("not on any page");
	}

}
