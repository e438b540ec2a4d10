package org.tandem.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.tandem.audit.domain.Audit;
import org.tandem.audit.domain.AuditService;
import org.tandem.directory.Providers;
import org.tandem.engagement.domain.EngagementService;
import org.tandem.organization.OrganizationKind;
import org.tandem.organization.SizeBand;
import org.tandem.organization.domain.Organization;
import org.tandem.organization.domain.OrganizationService;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Role;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.LogLeakWatcher;
import org.tandem.support.ProviderNetwork;
import org.tandem.support.WebSession;
import org.tandem.support.WebTestSupport;

/**
 * The audit itself through its service, on H2 and PostgreSQL, with real accounts, keys, an engagement and an
 * organization: who may start one and who sees it (in an engagement and on its own), what the context refuses, stale
 * pages, the lists by cursor, the sealed columns, and the organization's purge.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = PlanTestSupport.OWN)
class AuditServiceTests extends WebTestSupport {

	@Autowired
	AuditService audits;

	@Autowired
	EngagementService engagements;

	@Autowired
	OrganizationService organizations;

	@Autowired
	Providers providers;

	UUID providerAccount;

	UUID otherProviderAccount;

	Person member;

	Person otherMember;

	Person staff;

	Person otherStaff;

	Person advisory;

	UUID organization;

	UUID otherOrganization;

	UUID engagement;

	@Override
	protected WebSession visitor() {
		return super.visitor().from(LogLeakWatcher.freshRequesterAddress());
	}

	@BeforeEach
	void theParties() {
		ProviderNetwork network = new ProviderNetwork(this);
		ProviderNetwork.ActiveProvider provider = network.activeProvider();
		providerAccount = providers.accountOf(provider.id()).orElseThrow();
		otherProviderAccount = providers.accountOf(network.activeProvider().id()).orElseThrow();
		member = fixtures.create(true, Role.ORG_MEMBER);
		otherMember = fixtures.create(true, Role.ORG_MEMBER);
		staff = fixtures.create(true, Role.STAFF);
		otherStaff = fixtures.create(true, Role.STAFF);
		advisory = fixtures.create(true, Role.ADVISORY);
		organization = enrol("canary-Radio Norte ");
		otherOrganization = enrol("Colectivo Sur ");
		organizations.addMember(organization, member.username());
		organizations.addMember(otherOrganization, otherMember.username());
		engagement = engagements.openByHand(organization, provider.id(), staff.id()).id();
	}

	@Test
	void theEngagementsProviderStartsAnAuditItsParticipantsSeeAndNobodyElse() {
		Audit audit = audits.startInEngagement(engagement, providerAccount, context("canary-scope of the audit"));
		assertThat(audit.organizationId()).isEqualTo(organization);
		assertThat(audit.status()).isEqualTo(AuditStatus.PLANNING);
		assertThat(audits.get(audit.id(), providerAccount).side()).isEqualTo(AuditSide.AUDITOR);
		assertThat(audits.get(audit.id(), staff.id()).side()).isEqualTo(AuditSide.AUDITOR);
		assertThat(audits.get(audit.id(), member.id()).side()).isEqualTo(AuditSide.ORGANIZATION);
		assertThat(audits.get(audit.id(), member.id()).audit().scope()).isEqualTo("canary-scope of the audit");
		for (UUID outsider : List.of(otherProviderAccount, otherMember.id(), otherStaff.id(), advisory.id())) {
			assertThatThrownBy(() -> audits.get(audit.id(), outsider)).isInstanceOf(NotFoundException.class);
		}
		// the organization's side reads; only the auditor's side changes
		assertThatThrownBy(() -> audits.changeContext(audit.id(), member.id(), context("changed"), audit.version()))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("audit.auditorOnly");
		assertThatThrownBy(() -> audits.startInEngagement(engagement, member.id(), context("mine")))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("audit.auditorOnly");
		assertThatThrownBy(() -> audits.startInEngagement(engagement, otherProviderAccount, context("not mine")))
			.isInstanceOf(NotFoundException.class);

		// a stale page is refused and nothing is written
		audits.changeContext(audit.id(), providerAccount, context("canary-the new scope"), audit.version());
		assertThatThrownBy(() -> audits.changeContext(audit.id(), staff.id(), context("late"), audit.version()))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("audit.stale");
		assertThat(audits.get(audit.id(), member.id()).audit().scope()).isEqualTo("canary-the new scope");

		// closed, it changes no more
		long version = audits.get(audit.id(), staff.id()).audit().version();
		audits.moveTo(audit.id(), staff.id(), AuditStatus.CLOSED, version);
		assertThatThrownBy(() -> audits.changeContext(audit.id(), staff.id(), context("after"), version + 1))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("audit.closed");

		// what the organization said is sealed
		for (String column : List.of("scope", "threats")) {
			byte[] value = jdbc.sql("select " + column + " from audit where id = :id").param("id", audit.id())
				.query(byte[].class).single();
			assertThat(new String(value, StandardCharsets.ISO_8859_1)).doesNotContain("canary");
		}
	}

	@Test
	void staffStartAnAuditOnItsOwnThatTheOrganizationsMembersSee() {
		assertThatThrownBy(() -> audits.startOnItsOwn(organization, providerAccount, context("a provider alone")))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> audits.startOnItsOwn(UUID.randomUUID(), staff.id(), context("nobody")))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("audit.organization.unknown");
		Audit audit = audits.startOnItsOwn(organization, staff.id(), context("on its own"));
		assertThat(audit.engagementId()).isNull();
		assertThat(audits.get(audit.id(), staff.id()).side()).isEqualTo(AuditSide.AUDITOR);
		assertThat(audits.get(audit.id(), member.id()).side()).isEqualTo(AuditSide.ORGANIZATION);
		for (UUID outsider : List.of(providerAccount, otherMember.id(), otherStaff.id(), advisory.id())) {
			assertThatThrownBy(() -> audits.get(audit.id(), outsider)).isInstanceOf(NotFoundException.class);
		}
	}

	@Test
	void theContextRefusesWhatCannotBeTrueAndWritesNothing() {
		List<Audit.Context> bad = List.of(context(" "), context("x".repeat(Audit.SCOPE_LIMIT + 1)),
				new Audit.Context("s", "t".repeat(Audit.THREATS_LIMIT + 1), 12, "MX", AuditSetting.REMOTE, 600, Set.of(), "es"),
				new Audit.Context("s", null, 0, "MX", AuditSetting.REMOTE, 600, Set.of(), "es"),
				new Audit.Context("s", null, 12, "ZZ", AuditSetting.REMOTE, 600, Set.of(), "es"),
				new Audit.Context("s", null, 12, "MX", AuditSetting.REMOTE, -1, Set.of(), "es"),
				new Audit.Context("s", null, 12, "MX", AuditSetting.REMOTE, 600, Set.of("Not a slug"), "es"),
				new Audit.Context("s", null, 12, "MX", AuditSetting.REMOTE, 600, Set.of(), "de"));
		long before = count();
		for (Audit.Context context : bad) {
			assertThatThrownBy(() -> audits.startInEngagement(engagement, providerAccount, context))
				.isInstanceOf(InvalidInput.class);
		}
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void listsComeByCursorNewestFirstAndThePurgeTakesEveryAudit() {
		List<UUID> started = new ArrayList<>();
		for (int i = 0; i < AuditService.PAGE_SIZE + 5; i++) {
			started.add(audits.startInEngagement(engagement, providerAccount, context("audit " + i)).id());
		}
		UUID alone = audits.startOnItsOwn(organization, staff.id(), context("alone")).id();
		List<UUID> seen = new ArrayList<>();
		AuditService.Page page = audits.mine(member.id(), null);
		seen.addAll(page.audits().stream().map(Audit::id).toList());
		assertThat(page.audits()).hasSize(AuditService.PAGE_SIZE);
		page = audits.mine(member.id(), page.before());
		seen.addAll(page.audits().stream().map(Audit::id).toList());
		assertThat(page.before()).isNull();
		assertThat(seen).doesNotHaveDuplicates().containsAll(started).contains(alone).hasSize(started.size() + 1);
		assertThat(audits.mine(otherMember.id(), null).audits()).isEmpty();
		assertThat(audits.ofEngagement(engagement, providerAccount, null).audits()).noneMatch(a -> a.id().equals(alone));
		assertThatThrownBy(() -> audits.ofEngagement(engagement, otherProviderAccount, null))
			.isInstanceOf(NotFoundException.class);
		// a cursor that is not one starts from the newest
		assertThat(audits.mine(member.id(), "not-a-cursor").audits()).hasSize(AuditService.PAGE_SIZE);

		organizations.destroyAsStaff(organization);
		assertThat(jdbc.sql("select count(*) from audit where organization_id = :o").param("o", organization)
			.query(Long.class).single()).isZero();
	}

	private long count() {
		return jdbc.sql("select count(*) from audit").query(Long.class).single();
	}

	private static Audit.Context context(String scope) {
		return new Audit.Context(scope, "canary-threats they named", 12, "MX", AuditSetting.REMOTE_WITH_SUPPORT, 960,
				Set.of("interviewing"), "es");
	}

	private UUID enrol(String name) {
		return organizations.create(new Organization.Profile(name + UUID.randomUUID(), null, null,
				OrganizationKind.MEDIA, SizeBand.UP_TO_20, "MX")).id();
	}

}
