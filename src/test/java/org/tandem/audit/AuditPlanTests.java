package org.tandem.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.tandem.audit.domain.Audit;
import org.tandem.audit.domain.AuditActivity;
import org.tandem.audit.domain.AuditEvidence;
import org.tandem.audit.domain.AuditPlans;
import org.tandem.audit.domain.Proposal;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Role;
import org.tandem.platform.TandemProperties;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.ProviderNetwork;

/**
 * Starting and planning audits through their services on H2 and PostgreSQL, with a real engagement, catalog (the
 * sample, imported), keys and files: who may start one either way, what Tandem proposes for a 12-person organization
 * at a distance with local support, picking, ordering, scheduling and the total time, stale pages, done and skipped,
 * everything written sealed and evidence encrypted on disk, and the organization's purge taking it all.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = PlanTestSupport.OWN)
class AuditPlanTests extends PlanTestSupport {

	@Autowired
	TandemProperties tandem;

	@Test
	void theAuditorsSideStartsAnAuditEitherWayAndNobodyElse() {
		Audit byProvider = audits.startInEngagement(engagement, providerAccount, twelveRemote("canary-Cuentas"));
		assertThat(byProvider.organizationId()).isEqualTo(organization);
		assertThat(byProvider.engagementId()).isEqualTo(engagement);
		assertThat(byProvider.status()).isEqualTo(AuditStatus.PLANNING);
		assertThat(audits.startInEngagement(engagement, staff.id(), twelveRemote("canary-Equipos")).startedBy())
			.isEqualTo(staff.id());
		assertThatThrownBy(() -> audits.startInEngagement(engagement, member.id(), twelveRemote("x")))
			.isInstanceOfSatisfying(InvalidInput.class, i -> assertThat(i.messageKey()).isEqualTo("audit.auditorOnly"));
		UUID otherProvider = providers.accountOf(new ProviderNetwork(this).activeProvider().id()).orElseThrow();
		assertThatThrownBy(() -> audits.startInEngagement(engagement, otherProvider, twelveRemote("x")))
			.isInstanceOf(NotFoundException.class);
		Person otherStaff = fixtures.create(true, Role.STAFF);
		assertThatThrownBy(() -> audits.startInEngagement(engagement, otherStaff.id(), twelveRemote("x")))
			.isInstanceOf(NotFoundException.class);

		// on its own: staff only, for an enrolled organization; its members see it, other staff do not
		Audit onItsOwn = audits.startOnItsOwn(organization, otherStaff.id(), twelveRemote("canary-Sitio web"));
		assertThat(onItsOwn.engagementId()).isNull();
		assertThat(audits.get(onItsOwn.id(), member.id()).side()).isEqualTo(AuditSide.ORGANIZATION);
		assertThat(audits.get(onItsOwn.id(), otherStaff.id()).side()).isEqualTo(AuditSide.AUDITOR);
		assertThatThrownBy(() -> audits.get(onItsOwn.id(), staff.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> audits.startOnItsOwn(organization, providerAccount, twelveRemote("x")))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> audits.startOnItsOwn(UUID.randomUUID(), otherStaff.id(), twelveRemote("x")))
			.isInstanceOf(InvalidInput.class);
		assertThat(audits.mine(member.id(), null).audits()).extracting(Audit::id)
			.contains(byProvider.id(), onItsOwn.id());
		assertThat(audits.mine(providerAccount, null).audits()).extracting(Audit::id)
			.contains(byProvider.id())
			.doesNotContain(onItsOwn.id());
	}

	@Test
	void tandemProposesWhatFitsTheContextWithWhyOrWhatIsMissing() {
		UUID audit = audits.startInEngagement(engagement, providerAccount, twelveRemote("canary-Todo")).id();
		AuditPlans.PlanView plan = plans.view(audit, providerAccount, Locale.ENGLISH);
		List<Proposal.Candidate> sample = plan.candidates()
			.stream()
			.filter(c -> c.activity().catalog().equals("sample"))
			.toList();
		// the network map needs someone in place; everything else of the sample fits twelve people and four hours
		assertThat(sample.stream().filter(Proposal.Candidate::fits).map(c -> c.activity().slug()))
			.containsExactlyInAnyOrder("context-interview", "backup-check", "device-inventory", "password-review",
					"phishing-walkthrough");
		Proposal.Candidate network = sample.stream().filter(c -> c.activity().slug().equals("network-map"))
			.findFirst().orElseThrow();
		assertThat(network.fits()).isFalse();
		assertThat(network.reasons().get(0).messageKey()).isEqualTo("audit.plan.why.setting.no");
		// a skill the auditor did not tick is named, and does not exclude
		Proposal.Candidate inventory = sample.stream().filter(c -> c.activity().slug().equals("device-inventory"))
			.findFirst().orElseThrow();
		assertThat(inventory.missingSkills()).containsExactly("inventory");

		// with an hour available, the 90-minute inventory no longer fits: it takes more than the time there is
		Audit seen = audits.get(audit, providerAccount).audit();
		audits.changeContext(audit, providerAccount, new Audit.Context("canary-Todo", null, 12, "PE",
				AuditSetting.REMOTE_WITH_SUPPORT, 60, Set.of("listening"), "es"), seen.version());
		Proposal.Candidate short_ = plans.view(audit, providerAccount, Locale.ENGLISH).candidates()
			.stream()
			.filter(c -> c.activity().slug().equals("device-inventory") && c.activity().catalog().equals("sample"))
			.findFirst()
			.orElseThrow();
		assertThat(short_.fits()).isFalse();
		assertThat(short_.reasons().get(3).messageKey()).isEqualTo("audit.plan.why.time.no");
	}

	@Test
	void theAuditorPicksOrdersAndSchedulesAndSeesTheTotalTime() {
		UUID audit = audits.startInEngagement(engagement, providerAccount, twelveRemote("canary-Plan")).id();
		Map<String, org.tandem.audit.catalog.CatalogActivity> sample = sample();
		AuditActivity interview = plans.pick(audit, providerAccount, sample.get("context-interview").id());
		AuditActivity inventory = plans.pick(audit, providerAccount, sample.get("device-inventory").id());
		AuditActivity backups = plans.pick(audit, staff.id(), sample.get("backup-check").id());
		assertThatThrownBy(() -> plans.pick(audit, providerAccount, sample.get("backup-check").id()))
			.isInstanceOfSatisfying(InvalidInput.class,
					i -> assertThat(i.messageKey()).isEqualTo("audit.plan.activity.already"));
		assertThatThrownBy(() -> plans.pick(audit, providerAccount, UUID.randomUUID()))
			.isInstanceOfSatisfying(InvalidInput.class,
					i -> assertThat(i.messageKey()).isEqualTo("audit.plan.activity.unknown"));
		assertThatThrownBy(() -> plans.pick(audit, member.id(), sample.get("password-review").id()))
			.isInstanceOfSatisfying(InvalidInput.class, i -> assertThat(i.messageKey()).isEqualTo("audit.auditorOnly"));

		AuditPlans.PlanView plan = plans.view(audit, member.id(), Locale.ENGLISH);
		assertThat(slugs(plan)).containsExactly("context-interview", "device-inventory", "backup-check");
		// 60 + 90 + 40 = 190 of 240 minutes: 50 left
		assertThat(plan.balance().total()).isEqualTo(190);
		assertThat(plan.balance().over()).isFalse();
		assertThat(plan.balance().difference()).isEqualTo(50);
		assertThat(plan.candidates()).noneMatch(c -> c.activity().id().equals(sample.get("backup-check").id()));

		plans.move(audit, providerAccount, backups.id(), true);
		plans.move(audit, providerAccount, interview.id(), true); // the first moves no further
		assertThat(slugs(plans.view(audit, providerAccount, Locale.ENGLISH))).containsExactly("context-interview",
				"backup-check", "device-inventory");
		plans.move(audit, providerAccount, interview.id(), false);
		assertThat(slugs(plans.view(audit, providerAccount, Locale.ENGLISH))).containsExactly("backup-check",
				"context-interview", "device-inventory");
		assertThatThrownBy(() -> plans.move(audit, member.id(), interview.id(), true)).isInstanceOf(InvalidInput.class);

		LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(7);
		Map<UUID, @Nullable LocalDate> days = new HashMap<>();
		days.put(interview.id(), day);
		days.put(inventory.id(), day.plusDays(1));
		days.put(backups.id(), null);
		plans.schedule(audit, providerAccount, days);
		assertThat(plans.view(audit, providerAccount, Locale.ENGLISH).planned())
			.extracting(p -> p.activity().plannedOn())
			.containsExactly(null, day, day.plusDays(1));
		// a day ten years ahead: nothing of the form is kept
		days.put(backups.id(), day.plusYears(10));
		days.put(interview.id(), day.plusDays(3));
		assertThatThrownBy(() -> plans.schedule(audit, providerAccount, days)).isInstanceOfSatisfying(InvalidInput.class,
				i -> assertThat(i.messageKey()).isEqualTo("audit.plan.day.outOfRange"));
		assertThat(plans.view(audit, providerAccount, Locale.ENGLISH).planned())
			.extracting(p -> p.activity().plannedOn())
			.containsExactly(null, day, day.plusDays(1));

		// two more activities: 190 + 45 + 30 = 265, 25 over the 240 available; a skipped one no longer counts
		plans.pick(audit, providerAccount, sample.get("password-review").id());
		AuditActivity phishing = plans.pick(audit, providerAccount, sample.get("phishing-walkthrough").id());
		AuditPlans.Balance over = plans.view(audit, providerAccount, Locale.ENGLISH).balance();
		assertThat(over.total()).isEqualTo(265);
		assertThat(over.over()).isTrue();
		assertThat(over.difference()).isEqualTo(25);
		plans.mark(audit, providerAccount, phishing.id(), ActivityStatus.SKIPPED, "canary-No time left", null);
		assertThat(plans.view(audit, providerAccount, Locale.ENGLISH).balance().total()).isEqualTo(235);

		// removed while nothing is recorded; kept once something is
		plans.remove(audit, providerAccount, inventory.id());
		assertThatThrownBy(() -> plans.remove(audit, providerAccount, phishing.id()))
			.isInstanceOfSatisfying(InvalidInput.class,
					i -> assertThat(i.messageKey()).isEqualTo("audit.plan.activity.recorded"));
		assertThat(slugs(plans.view(audit, providerAccount, Locale.ENGLISH))).containsExactly("backup-check",
				"context-interview", "password-review", "phishing-walkthrough");
	}

	@Test
	void stalePagesAreRefusedAndActivitiesAreDoneOrSkippedWithAReasonSealed() {
		UUID audit = audits.startInEngagement(engagement, providerAccount, twelveRemote("canary-Estado")).id();
		long seen = audits.get(audit, providerAccount).audit().version();
		AuditActivity interview = plans.pick(audit, providerAccount, sample().get("context-interview").id());
		// the pick is not a change of the context: a context page opened before it still counts, once
		audits.changeContext(audit, providerAccount, twelveRemote("canary-Otra"), seen);
		assertThatThrownBy(() -> audits.changeContext(audit, staff.id(), twelveRemote("canary-Late"), seen))
			.isInstanceOfSatisfying(InvalidInput.class, i -> assertThat(i.messageKey()).isEqualTo("audit.stale"));

		plans.writeNotes(audit, providerAccount, interview.id(), "canary-**Two** people share one password", 0);
		assertThatThrownBy(() -> plans.writeNotes(audit, staff.id(), interview.id(), "canary-mine", 0))
			.isInstanceOfSatisfying(InvalidInput.class, i -> assertThat(i.messageKey()).isEqualTo("audit.plan.stale"));
		long version = plans.activity(audit, staff.id(), interview.id(), Locale.ENGLISH).planned().activity().version();
		assertThatThrownBy(() -> plans.mark(audit, providerAccount, interview.id(), ActivityStatus.SKIPPED, "  ",
				version))
			.isInstanceOfSatisfying(InvalidInput.class,
					i -> assertThat(i.messageKey()).isEqualTo("audit.plan.skip.reasonRequired"));
		AuditActivity skipped = plans.mark(audit, providerAccount, interview.id(), ActivityStatus.SKIPPED,
				"canary-The director was away", version);
		assertThat(skipped.skipReason()).isEqualTo("canary-The director was away");
		AuditActivity done = plans.mark(audit, providerAccount, interview.id(), ActivityStatus.DONE, null, null);
		assertThat(done.skipReason()).isNull();
		assertThat(done.doneAt()).isNotNull();
		assertThatThrownBy(() -> plans.mark(audit, member.id(), interview.id(), ActivityStatus.PLANNED, null, null))
			.isInstanceOf(InvalidInput.class);
		assertThat(plans.activity(audit, member.id(), interview.id(), Locale.ENGLISH).planned().activity().notes())
			.isEqualTo("canary-**Two** people share one password");
		plans.mark(audit, providerAccount, interview.id(), ActivityStatus.SKIPPED, "canary-Reason kept", null);

		byte[] notes = jdbc.sql("select notes from audit_activity where id = :id").param("id", interview.id())
			.query(byte[].class).single();
		byte[] reason = jdbc.sql("select skip_reason from audit_activity where id = :id").param("id", interview.id())
			.query(byte[].class).single();
		assertThat(new String(notes, StandardCharsets.ISO_8859_1)).doesNotContain("canary");
		assertThat(new String(reason, StandardCharsets.ISO_8859_1)).doesNotContain("canary");

		// a closed audit changes no more
		long current = audits.get(audit, providerAccount).audit().version();
		audits.moveTo(audit, providerAccount, AuditStatus.CLOSED, current);
		assertThatThrownBy(() -> plans.pick(audit, providerAccount, sample().get("password-review").id()))
			.isInstanceOfSatisfying(InvalidInput.class, i -> assertThat(i.messageKey()).isEqualTo("audit.closed"));
	}

	@Test
	void evidenceIsEncryptedOnDiskReadByBothSidesAndThePurgeTakesEverything() throws IOException {
		UUID audit = audits.startInEngagement(engagement, providerAccount, twelveRemote("canary-Pruebas")).id();
		AuditActivity backups = plans.pick(audit, providerAccount, sample().get("backup-check").id());
		AuditEvidence file = evidence.add(audit, providerAccount, backups.id(), "canary-backups.txt",
				text("canary-The backup disk sits on the office shelf"));
		assertThat(file.contentType()).isEqualTo("text/plain");
		Path onDisk = tandem.dataDir().resolve("files").resolve(organization.toString().substring(0, 2))
			.resolve(organization.toString()).resolve(file.fileId().toString());
		assertThat(onDisk).exists();
		assertThat(new String(Files.readAllBytes(onDisk), StandardCharsets.ISO_8859_1)).doesNotContain("canary")
			.doesNotContain("backup disk");
		byte[] name = jdbc.sql("select name from audit_evidence where id = :id").param("id", file.id())
			.query(byte[].class).single();
		assertThat(new String(name, StandardCharsets.ISO_8859_1)).doesNotContain("canary");
		try (InputStream content = evidence.content(evidence.get(audit, member.id(), backups.id(), file.id()))) {
			assertThat(new String(content.readAllBytes(), StandardCharsets.UTF_8))
				.isEqualTo("canary-The backup disk sits on the office shelf");
		}
		assertThat(evidence.of(audit, member.id(), backups.id())).extracting(AuditEvidence::name)
			.containsExactly("canary-backups.txt");
		// the organization's side reads but adds nothing; outsiders see nothing; only the uploader removes
		assertThatThrownBy(() -> evidence.add(audit, member.id(), backups.id(), "x.txt", text("x")))
			.isInstanceOf(InvalidInput.class);
		UUID otherProvider = providers.accountOf(new ProviderNetwork(this).activeProvider().id()).orElseThrow();
		assertThatThrownBy(() -> evidence.get(audit, otherProvider, backups.id(), file.id()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> evidence.get(audit, providerAccount, UUID.randomUUID(), file.id()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> evidence.remove(audit, staff.id(), backups.id(), file.id()))
			.isInstanceOfSatisfying(InvalidInput.class,
					i -> assertThat(i.messageKey()).isEqualTo("audit.plan.evidence.notYours"));
		AuditEvidence second = evidence.add(audit, staff.id(), backups.id(), "second.txt", text("canary-second"));
		evidence.remove(audit, staff.id(), backups.id(), second.id());
		assertThat(evidence.of(audit, providerAccount, backups.id())).hasSize(1);

		plans.writeNotes(audit, providerAccount, backups.id(), "canary-Notes", 0);
		organizations.destroyAsStaff(organization);
		assertThat(count("select count(*) from audit_activity where organization_id = :id", organization)).isZero();
		assertThat(count("select count(*) from audit_evidence where organization_id = :id", organization)).isZero();
		assertThat(count("select count(*) from audit where organization_id = :id", organization)).isZero();
		assertThat(onDisk).doesNotExist();
	}

	private static List<String> slugs(AuditPlans.PlanView plan) {
		return plan.planned().stream().map(p -> p.entry() == null ? "?" : p.entry().slug()).toList();
	}

	private static InputStream text(String content) {
		return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
	}

}
