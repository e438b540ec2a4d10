package org.tandem.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.tandem.cohort.domain.Cohort;
import org.tandem.cohort.domain.CohortFormsService;
import org.tandem.cohort.domain.CohortRecords;
import org.tandem.cohort.domain.CohortService;
import org.tandem.cohort.domain.ExitInterview;
import org.tandem.cohort.domain.Intake;
import org.tandem.cohort.domain.Outtake;
import org.tandem.organization.OrganizationKind;
import org.tandem.organization.Organizations;
import org.tandem.organization.SizeBand;
import org.tandem.organization.domain.Organization;
import org.tandem.organization.domain.OrganizationService;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Role;
import org.tandem.privacy.KeyPurpose;
import org.tandem.privacy.Place;
import org.tandem.privacy.PurgeParticipant;
import org.tandem.privacy.RetentionRule;
import org.tandem.privacy.Sealer;
import org.tandem.privacy.files.EncryptedFileStore;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.LogLeakWatcher;
import org.tandem.support.ProviderNetwork;
import org.tandem.support.WebSession;
import org.tandem.support.WebTestSupport;

/**
 * Intake, outtake and exit interviews on a real database with real keys: the free text is stored only as ciphertext
 * (the choices as columns), a stale version is refused with nothing written, the outtake waits for the term to run,
 * a closed cohort's forms are read-only, the purges of an organization and of a provider take their forms, and the
 * retention rule {@code cohort.records} forgets a closed cohort past its period: no row in any cohort table, its keys
 * destroyed with its files.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = AgreementFixtures.OWN)
class CohortFormsTests extends WebTestSupport {

	@Override
	protected WebSession visitor() {
		return super.visitor().from(LogLeakWatcher.freshRequesterAddress());
	}

	@Autowired
	CohortService cohorts;

	@Autowired
	CohortFormsService forms;

	@Autowired
	CohortForms door;

	@Autowired
	OrganizationService organizationService;

	@Autowired
	Organizations organizations;

	@Autowired
	org.tandem.directory.Providers providers;

	@Autowired
	List<PurgeParticipant> participants;

	@Autowired
	List<RetentionRule> rules;

	@Autowired
	List<CohortRecords> records;

	@Autowired
	Sealer sealer;

	@Autowired
	EncryptedFileStore files;

	@Test
	void formsAreSealedVersionedOpenAtTheirStageAndReadOnlyOnceClosed() {
		Setup s = setUp();
		String hopes = "Esperamos aprender " + UUID.randomUUID();
		String worries = "Nos preocupa " + UUID.randomUUID();

		// the outtake waits for the term to run; the intake opens with recruiting
		assertThatThrownBy(() -> forms.saveOuttake(s.cohort(), s.member().id(), 0, outtake("Cambió")))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("cohort.forms.notYet"));
		Intake intake = forms.saveIntake(s.cohort(), s.member().id(), 0,
				new Intake.Answers(hopes, worries, 6, 2, null, 2));
		assertThat(intake.revision()).isEqualTo(1);

		// sealed: the text columns hold ciphertext only; the choices are plain columns to compare
		byte[] raw = jdbc.sql("select hopes from cohort_intake where id = :id").param("id", intake.id())
			.query(byte[].class).single();
		assertThat(new String(raw, StandardCharsets.ISO_8859_1)).doesNotContain("Esperamos");
		byte[] rawWorries = jdbc.sql("select worries from cohort_intake where id = :id").param("id", intake.id())
			.query(byte[].class).single();
		assertThat(new String(rawWorries, StandardCharsets.ISO_8859_1)).doesNotContain("preocupa");
		assertThat(sealer.open(new Place("cohort_intake", "hopes", intake.id().toString(), s.organization()),
				KeyPurpose.CASE, raw).map(b -> new String(b, StandardCharsets.UTF_8))).contains(hopes);
		assertThat(jdbc.sql("select hours_per_month from cohort_intake where id = :id").param("id", intake.id())
			.query(Integer.class).single()).isEqualTo(6);
		assertThat(forms.intake(s.cohort(), s.organization()).orElseThrow().hopes()).isEqualTo(hopes);

		// a stale version is refused and writes nothing; bad answers too
		assertThatThrownBy(() -> forms.saveIntake(s.cohort(), s.colleague().id(), 0,
				new Intake.Answers("Otra cosa", null, 1, 1, null, 5)))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("cohort.forms.stale"));
		assertThatThrownBy(() -> forms.saveIntake(s.cohort(), s.colleague().id(), 1,
				new Intake.Answers(" ", null, 900, 1, "x".repeat(2001), 6)))
			.isInstanceOf(InvalidInput.class);
		assertThat(new Intake.Answers(" ", null, 900, 1, "x".repeat(2001), 6).problems())
			.extracting(org.tandem.cohort.domain.FormProblem::field).containsExactly("hopes", "hoursPerMonth", "toKnow", "confidence");
		assertThat(forms.intake(s.cohort(), s.organization()).orElseThrow().hopes()).isEqualTo(hopes);
		// any member edits it, and is shown as the last to fill it
		Intake changed = forms.saveIntake(s.cohort(), s.colleague().id(), 1,
				new Intake.Answers(hopes + " y más", null, 8, 3, "Martes no", 2));
		assertThat(changed.filledBy()).isEqualTo(s.colleague().id());
		assertThat(changed.revision()).isEqualTo(2);

		// nobody but the organization's members fills it
		assertThatThrownBy(() -> forms.member(s.cohort(), s.providerAccount())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> forms.member(s.cohort(), s.staff().id())).isInstanceOf(NotFoundException.class);
		Person stranger = fixtures.create(false, Role.ORG_MEMBER);
		enrol(stranger);
		assertThatThrownBy(() -> forms.saveIntake(s.cohort(), stranger.id(), 0,
				new Intake.Answers("Intrusión", null, 1, 1, null, 1)))
			.isInstanceOf(NotFoundException.class);

		// running: the outtake; closing: the exit interviews
		move(s, CohortStatus.RUNNING);
		Outtake outtake = forms.saveOuttake(s.cohort(), s.member().id(), 0, outtake("Cambió todo"));
		assertThat(jdbc.sql("select recommend from cohort_outtake where id = :id").param("id", outtake.id())
			.query(Integer.class).single()).isEqualTo(4);
		byte[] rawChanged = jdbc.sql("select changed from cohort_outtake where id = :id").param("id", outtake.id())
			.query(byte[].class).single();
		assertThat(new String(rawChanged, StandardCharsets.ISO_8859_1)).doesNotContain("Cambió");
		move(s, CohortStatus.CLOSING);
		assertThat(door.done(s.cohort())).containsExactly(
				new CohortForms.FormsDone(s.organization(), null, true, true, false),
				new CohortForms.FormsDone(null, s.provider(), false, false, false));
		ExitInterview withProvider = forms.saveExit(s.cohort(), ExitInterview.Party.PROVIDER, s.provider(), 0,
				exit("El proveedor ayudó"), s.staff().id());
		byte[] rawHelped = jdbc.sql("select helped from cohort_exit_interview where id = :id")
			.param("id", withProvider.id()).query(byte[].class).single();
		assertThat(new String(rawHelped, StandardCharsets.ISO_8859_1)).doesNotContain("ayudó");
		assertThat(sealer.open(new Place("cohort_exit_interview", "helped", withProvider.id().toString(),
				s.provider()), KeyPurpose.CASE, rawHelped)).isPresent();
		forms.saveExit(s.cohort(), ExitInterview.Party.ORGANIZATION, s.organization(), 0, exit("Ayudó"),
				s.staff().id());
		assertThatThrownBy(() -> forms.saveExit(s.cohort(), ExitInterview.Party.ORGANIZATION, UUID.randomUUID(), 0,
				exit("Nadie"), s.staff().id())).isInstanceOf(NotFoundException.class);
		assertThat(door.done(s.cohort())).containsExactly(
				new CohortForms.FormsDone(s.organization(), null, true, true, true),
				new CohortForms.FormsDone(null, s.provider(), false, false, true));
		assertThat(door.done(UUID.randomUUID())).isEmpty();

		// closed: when is recorded, and nothing changes any more
		move(s, CohortStatus.CLOSED);
		assertThat(cohorts.get(s.cohort()).closedAt()).isNotNull();
		assertThatThrownBy(() -> forms.saveIntake(s.cohort(), s.member().id(), 2,
				new Intake.Answers("Tarde", null, 1, 1, null, 1)))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("cohort.closed"));
		assertThatThrownBy(() -> forms.saveOuttake(s.cohort(), s.member().id(), 1, outtake("Tarde")))
			.isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> forms.saveExit(s.cohort(), ExitInterview.Party.PROVIDER, s.provider(), 1,
				exit("Tarde"), s.staff().id())).isInstanceOf(InvalidInput.class);
		assertThat(forms.intake(s.cohort(), s.organization()).orElseThrow().revision()).isEqualTo(2);

		// the provider's erasure takes its exit interview; the organization's purge takes its forms
		PurgeParticipant purge = participants.stream().filter(p -> p.name().equals("cohort.forms")).findFirst()
			.orElseThrow();
		assertThat(purge.purge(s.provider())).containsEntry("cohort.exitInterviews", 1);
		assertThat(purge.purge(s.provider())).isEmpty();
		organizations.purge(s.organization());
		for (String table : new String[] { "cohort_intake", "cohort_outtake", "cohort_exit_interview" }) {
			assertThat(jdbc.sql("select count(*) from " + table + " where cohort_id = :c").param("c", s.cohort())
				.query(Long.class).single()).as(table).isZero();
		}
	}

	@Test
	void aClosedCohortPastItsPeriodLeavesNoRowKeyOrFile() throws Exception {
		Setup s = setUp();
		forms.saveIntake(s.cohort(), s.member().id(), 0, new Intake.Answers("Esperanza", null, 4, 1, null, 3));
		move(s, CohortStatus.RUNNING);
		forms.saveOuttake(s.cohort(), s.member().id(), 0, outtake("Cambió"));
		forms.saveExit(s.cohort(), ExitInterview.Party.PROVIDER, s.provider(), 0, exit("Bien"), s.staff().id());
		move(s, CohortStatus.CLOSING);
		move(s, CohortStatus.CLOSED);
		// a hub-side file of the cohort, kept under the cohort's id, and a value sealed under it
		UUID file = files.store(s.cohort(), KeyPurpose.CASE,
				new ByteArrayInputStream("Material de sesión".getBytes(StandardCharsets.UTF_8))).id();
		Place place = new Place("cohort", "material", s.cohort().toString(), s.cohort());
		byte[] sealed = sealer.seal(place, KeyPurpose.CASE, "Material".getBytes(StandardCharsets.UTF_8));
		// another closed cohort, closed later: kept
		Setup other = setUp();
		move(other, CohortStatus.RUNNING);
		move(other, CohortStatus.CLOSING);
		move(other, CohortStatus.CLOSED);
		Instant longAgo = Instant.parse("2001-01-01T00:00:00Z");
		jdbc.sql("update cohort set closed_at = :at where id = :id").param("at", Timestamp.from(longAgo))
			.param("id", s.cohort()).update();
		jdbc.sql("update cohort set closed_at = :at where id = :id")
			.param("at", Timestamp.from(longAgo.plusSeconds(7200))).param("id", other.cohort()).update();
		assertThat(rowsOf(s.cohort())).isPositive();
		RetentionRule rule = rules.stream().filter(r -> r.kind().equals("cohort.records")).findFirst().orElseThrow();
		assertThat(rule.defaultPeriod()).isEqualTo(java.time.Duration.ofDays(3 * 365));
		assertThat(records).isNotEmpty();

		assertThat(rule.apply(longAgo.plusSeconds(3600))).isEqualTo(1);

		assertThat(rowsOf(s.cohort())).as("every row of the forgotten cohort, in every cohort table").isZero();
		assertThat(jdbc.sql("select count(*) from cohort where id = :id").param("id", s.cohort()).query(Long.class)
			.single()).isZero();
		assertThat(files.exists(s.cohort(), file)).isFalse();
		assertThat(sealer.open(place, KeyPurpose.CASE, sealed)).isEmpty();
		assertThat(rowsOf(other.cohort())).isPositive();
		assertThat(cohorts.get(other.cohort()).status()).isEqualTo(CohortStatus.CLOSED);
		// the organization and the provider are untouched: the cohort was the hub's
		assertThat(organizations.exists(s.organization())).isTrue();
		assertThat(rule.apply(longAgo.plusSeconds(3600))).isZero();
	}

	/** Rows naming the cohort in every table with a cohort_id column, and the cohort's own row. */
	private long rowsOf(UUID cohort) {
		List<String> tables = jdbc.sql("""
				select distinct lower(table_name) from information_schema.columns
				where lower(column_name) = 'cohort_id' and lower(table_schema) = 'public'""")
			.query(String.class).list();
		assertThat(tables).contains("cohort_intake", "cohort_organization", "cohort_enlistment");
		long rows = 0;
		for (String table : tables) {
			rows += jdbc.sql("select count(*) from " + table + " where cohort_id = :c").param("c", cohort)
				.query(Long.class).single();
		}
		return rows + jdbc.sql("select count(*) from cohort where id = :c").param("c", cohort).query(Long.class)
			.single();
	}

	private Setup setUp() {
		ProviderNetwork.ActiveProvider provider = new ProviderNetwork(this).activeProvider();
		Person staff = fixtures.create(true, Role.STAFF);
		Person member = fixtures.create(false, Role.ORG_MEMBER);
		Person colleague = fixtures.create(false, Role.ORG_MEMBER);
		UUID organization = enrol(member);
		organizationService.addMember(organization, colleague.username());
		Cohort cohort = cohorts.create(new Cohort.Terms("Formularios " + UUID.randomUUID(), null,
				LocalDate.of(2027, 3, 1), LocalDate.of(2027, 8, 31), Set.of("es"), 3, 3), Set.of(staff.id()),
				staff.id());
		cohorts.addOrganization(cohort.id(), organization);
		cohorts.addProvider(cohort.id(), provider.id());
		Setup setup = new Setup(cohort.id(), organization, provider.id(),
				providers.accountOf(provider.id()).orElseThrow(), staff, member, colleague);
		move(setup, CohortStatus.RECRUITING);
		return setup;
	}

	private void move(Setup s, CohortStatus to) {
		cohorts.move(s.cohort(), cohorts.get(s.cohort()).version(), to, s.staff().id());
	}

	private UUID enrol(Person member) {
		Organization organization = organizationService.create(new Organization.Profile(
				"Colectivo Formularios " + UUID.randomUUID(), null, null, OrganizationKind.MEDIA, SizeBand.UP_TO_20,
				"PE"));
		organizationService.addMember(organization.id(), member.username());
		return organization.id();
	}

	private static Outtake.Answers outtake(String changed) {
		return new Outtake.Answers(changed, "Seguiremos con las copias", null, 4, 4);
	}

	private static ExitInterview.Answers exit(String helped) {
		return new ExitInterview.Answers(4, helped, null, "Más sesiones", ExitInterview.Again.YES, LocalDate.now().minusDays(1));
	}

	record Setup(UUID cohort, UUID organization, UUID provider, UUID providerAccount, Person staff, Person member,
			Person colleague) {
	}

}
