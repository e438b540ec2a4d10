package org.tandem.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.tandem.cohort.domain.Cohort;
import org.tandem.cohort.domain.CohortService;
import org.tandem.organization.OrganizationKind;
import org.tandem.organization.Organizations;
import org.tandem.organization.SizeBand;
import org.tandem.organization.domain.Organization;
import org.tandem.organization.domain.OrganizationService;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Role;
import org.tandem.privacy.PurgeParticipant;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.LogLeakWatcher;
import org.tandem.support.ProviderNetwork;
import org.tandem.support.WebSession;
import org.tandem.support.WebTestSupport;

/**
 * The cohort service and its door on a real database: who takes part and on which side, the cohorts recruiting, the
 * event of a move, the pages by cursor, and the purge of an organization's and a provider's memberships.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "tandem.test.context=cohort")
@RecordApplicationEvents
class CohortServiceTests extends WebTestSupport {

	@Override
	protected WebSession visitor() {
		return super.visitor().from(LogLeakWatcher.freshRequesterAddress());
	}

	@Autowired
	CohortService cohorts;

	@Autowired
	Cohorts door;

	@Autowired
	OrganizationService organizationService;

	@Autowired
	Organizations organizations;

	@Autowired
	org.tandem.directory.Providers providers;

	@Autowired
	List<PurgeParticipant> participants;

	@Autowired
	ApplicationEvents events;

	@Test
	void theDoorSaysWhoTakesPartOnWhichSideAndWhichCohortsRecruit() {
		ProviderNetwork.ActiveProvider provider = new ProviderNetwork(this).activeProvider();
		UUID providerAccount = providers.accountOf(provider.id()).orElseThrow();
		Person staff = fixtures.create(true, Role.STAFF);
		Person member = fixtures.create(false, Role.ORG_MEMBER);
		Person stranger = fixtures.create(false, Role.ORG_MEMBER);
		UUID organization = enrol(member);
		String language = "pt";
		Cohort cohort = cohorts.create(terms("Coorte " + UUID.randomUUID(), Set.of(language), 1), Set.of(staff.id()),
				staff.id());
		UUID id = cohort.id();
		cohorts.addOrganization(id, organization);
		cohorts.addProvider(id, provider.id());

		assertThat(door.sideOf(id, staff.id())).contains(new Side.Staff());
		assertThat(door.sideOf(id, providerAccount)).contains(new Side.Provider(provider.id()));
		assertThat(door.sideOf(id, member.id())).contains(new Side.Organization(organization));
		assertThat(door.sideOf(id, stranger.id())).isEmpty();
		assertThat(door.takesPart(id, member.id())).isTrue();
		assertThat(door.takesPart(id, stranger.id())).isFalse();
		assertThat(door.takesPart(UUID.randomUUID(), member.id())).isFalse();
		assertThat(door.organizations(id)).containsExactly(organization);
		assertThat(door.providers(id)).containsExactly(provider.id());
		assertThat(cohorts.mine(member.id())).extracting(Cohort::id).contains(id);
		assertThat(cohorts.mine(stranger.id())).extracting(Cohort::id).doesNotContain(id);
		assertThatThrownBy(() -> cohorts.participation(id, stranger.id())).isInstanceOf(NotFoundException.class);

		// recruiting with room, in its language: listed; full or planned: not
		Cohort open = cohorts.create(terms("Abierta " + UUID.randomUUID(), Set.of(language, "en"), 2),
				Set.of(staff.id()), staff.id());
		assertThat(door.recruiting(language)).extracting(Cohorts.OpenCohort::id).doesNotContain(open.id());
		cohorts.move(open.id(), open.version(), CohortStatus.RECRUITING, staff.id());
		assertThat(door.recruiting(language)).extracting(Cohorts.OpenCohort::id).contains(open.id());
		assertThat(door.recruiting("")).extracting(Cohorts.OpenCohort::id).contains(open.id());
		assertThat(door.recruiting("ar")).extracting(Cohorts.OpenCohort::id).doesNotContain(open.id());
		Cohorts.OpenCohort listed = door.recruiting(language).stream().filter(c -> c.id().equals(open.id()))
			.findFirst().orElseThrow();
		assertThat(listed.languages()).containsExactlyInAnyOrder("pt", "en");
		assertThat(listed.startsOn()).isEqualTo(LocalDate.of(2027, 3, 1));
		cohorts.move(id, cohorts.get(id).version(), CohortStatus.RECRUITING, staff.id());
		assertThat(door.recruiting(language)).extracting(Cohorts.OpenCohort::id).doesNotContain(id);

		// the move said so, ids and enums only
		assertThat(events.stream(CohortStatusChanged.class).filter(e -> e.cohortId().equals(id)))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.from()).isEqualTo(CohortStatus.PLANNED);
				assertThat(e.to()).isEqualTo(CohortStatus.RECRUITING);
			});

		// a provider's erasure and an organization's purge take their memberships, and the cohort stays
		PurgeParticipant purge = participants.stream().filter(p -> p.name().equals("cohort.members")).findFirst()
			.orElseThrow();
		assertThat(purge.purge(provider.id())).containsEntry("cohort.providers", 1);
		assertThat(purge.purge(provider.id())).isEmpty();
		assertThat(door.providers(id)).isEmpty();
		organizations.purge(organization);
		assertThat(jdbc.sql("select count(*) from cohort_organization where organization_id = :o")
			.param("o", organization).query(Long.class).single()).isZero();
		assertThat(door.organizations(id)).isEmpty();
		assertThat(cohorts.get(id).status()).isEqualTo(CohortStatus.RECRUITING);
	}

	@Test
	void staffListGoesByTermNewestFirstAPageAtATime() {
		Person staff = fixtures.create(true, Role.STAFF);
		for (int i = 0; i < 3; i++) {
			cohorts.create(new Cohort.Terms("Página " + i, null, LocalDate.of(2090 + i, 1, 1),
					LocalDate.of(2090 + i, 6, 30), Set.of("en"), 5, 5), Set.of(staff.id()), staff.id());
		}
		CohortService.Page first = cohorts.page(null, 2);
		assertThat(first.cohorts()).extracting(Cohort::name).containsExactly("Página 2", "Página 1");
		assertThat(first.next()).isNotNull();
		CohortService.Page second = cohorts.page(first.next(), 2);
		assertThat(second.cohorts()).extracting(Cohort::name).startsWith("Página 0");
		assertThatThrownBy(() -> cohorts.page("bm90LWEtY3Vyc29y", 2)).isInstanceOfSatisfying(InvalidInput.class,
				e -> assertThat(e.messageKey()).isEqualTo("cohort.cursorInvalid"));
		assertThat(cohorts.page(null, 1000).cohorts()).hasSizeLessThanOrEqualTo(CohortService.MAX_PAGE_SIZE);
	}

	@Test
	void aChangeOnAStalePageIsRefusedAndWritesNothing() {
		Person staff = fixtures.create(true, Role.STAFF);
		Cohort cohort = cohorts.create(terms("Vieja " + UUID.randomUUID(), Set.of("fr"), 3), Set.of(staff.id()),
				staff.id());
		cohorts.change(cohort.id(), cohort.version(), terms("Nueva", Set.of("fr"), 3));
		assertThatThrownBy(() -> cohorts.change(cohort.id(), cohort.version(), terms("Mía", Set.of("fr"), 3)))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("cohort.stale"));
		assertThatThrownBy(() -> cohorts.move(cohort.id(), cohort.version(), CohortStatus.RECRUITING, staff.id()))
			.isInstanceOf(InvalidInput.class);
		Cohort now = cohorts.get(cohort.id());
		assertThat(now.name()).isEqualTo("Nueva");
		assertThat(now.status()).isEqualTo(CohortStatus.PLANNED);
		assertThatThrownBy(() -> cohorts.addCoordinator(cohort.id(), fixtures.create(false, Role.ORG_MEMBER).id()))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.messageKey()).isEqualTo("cohort.coordinator.notStaff"));
	}

	private UUID enrol(Person member) {
		Organization organization = organizationService.create(new Organization.Profile(
				"Colectivo " + UUID.randomUUID(), null, null, OrganizationKind.COMMUNITY_GROUP, SizeBand.UP_TO_20, "BR"));
		organizationService.addMember(organization.id(), member.username());
		return organization.id();
	}

	private static Cohort.Terms terms(String name, Set<String> languages, int organizations) {
		return new Cohort.Terms(name, null, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 8, 31), languages,
				organizations, 2);
	}

}
