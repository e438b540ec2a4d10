package org.tandem.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.tandem.engagement.domain.Engagement;
import org.tandem.engagement.domain.Participant;
import org.tandem.engagement.domain.Risk;
import org.tandem.handoff.ContactConfirmed;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Role;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.ProviderNetwork;

/**
 * Engagements through their service on H2 and PostgreSQL, with a real provider, organization, accounts, keys and
 * events: a confirmed handoff waits to be linked, staff link it, the participants work on Create Space's agreements
 * and the risk register, nobody else reaches any of it, stale pages are refused, everything written is sealed, and
 * the organization's purge takes it all.
 */
@EnableScenarios
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = EngagementContext.OWN)
class EngagementServiceTests extends EngagementTestSupport {


	@Autowired
	org.tandem.intake.domain.Holders holders;


	@Test
	void aConfirmedHandoffWaitsToBeLinkedOnceAndAnAnonymousOneNever(Scenario scenario) {
		UUID request = UUID.randomUUID();
		ContactConfirmed confirmed = new ContactConfirmed(request, provider.id(), false, Instant.now());
		scenario.publish(confirmed)
			.andWaitForStateChange(() -> openings(request), n -> n == 1)
			.andVerify(n -> assertThat(engagements.waiting()).anyMatch(o -> o.requestId().equals(request)));
		// delivered again, as the registry does after a failure: still one
		scenario.publish(confirmed).andWaitForStateChange(() -> openings(request)).andVerify(n -> assertThat(n).isOne());

		UUID anonymous = UUID.randomUUID();
		scenario.publish(new ContactConfirmed(anonymous, provider.id(), true, Instant.now()))
			.andWaitForStateChange(() -> openings(anonymous))
			.andVerify(n -> assertThat(n).isZero());

		assertThat(holders.sectionsFor(request)).noneMatch(s -> s.titleKey().startsWith("engagement."));
		Engagement engagement = engagements.link(request, organization, staff.id());
		assertThat(engagement.phase()).isEqualTo(Phase.DISCOVER);
		// the requester's status page says the work goes on in a workspace, and nothing more
		assertThat(holders.sectionsFor(request)).extracting(org.tandem.intake.StatusPageSection::titleKey)
			.containsExactly("engagement.status.title");
		assertThat(holders.progress(request)).isEmpty();
		assertThat(engagement.requestId()).isEqualTo(request);
		assertThat(engagement.participants()).extracting(Participant::accountId, Participant::side)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(member.id(), Side.ORGANIZATION),
					org.assertj.core.groups.Tuple.tuple(providerAccount, Side.PROVIDER),
					org.assertj.core.groups.Tuple.tuple(staff.id(), Side.STAFF));
		assertThat(engagements.waiting()).noneMatch(o -> o.requestId().equals(request));
		assertThatThrownBy(() -> engagements.link(request, organization, staff.id())).isInstanceOf(InvalidInput.class);
		assertThat(engagements.of(member.id())).extracting(Engagement::id).contains(engagement.id());
		assertThat(engagements.of(providerAccount)).extracting(Engagement::id).contains(engagement.id());
	}

	@Test
	void participantsKeepARegisterAndAgreementsThatNobodyElseReaches() {
		Engagement engagement = engagements.openByHand(organization, provider.id(), staff.id());
		UUID id = engagement.id();

		Risk risk = engagements.addRisk(id, member.id(), new Risk.Line("canary-Our sources’ phone numbers",
				"canary-Police seizing the editor’s laptop", null, Level.MEDIUM, Level.HIGH));
		engagements.addRisk(id, providerAccount,
				new Risk.Line("canary-The website", "canary-Defacement", "canary-Backups weekly", Level.LOW, Level.LOW));
		assertThat(engagements.risks(id, providerAccount)).extracting(Risk::asset)
			.containsExactly("canary-Our sources’ phone numbers", "canary-The website");

		engagements.agree(id, member.id(), Map.of(Agreement.RHYTHM, "canary-Every other Tuesday, on Signal"),
				engagement.version());
		Engagement agreed = engagements.get(id, providerAccount);
		assertThat(agreed.agreement(Agreement.RHYTHM)).hasValue("canary-Every other Tuesday, on Signal");

		// a page opened before that change is refused, and so is one for a line changed meanwhile
		assertThatThrownBy(() -> engagements.agree(id, providerAccount, Map.of(Agreement.WORKING, "x"),
				engagement.version())).isInstanceOfSatisfying(InvalidInput.class,
						e -> assertThat(e.messageKey()).isEqualTo("engagement.stale"));
		Risk.Line changed = new Risk.Line("canary-Our sources’ phone numbers", "canary-Border searches", null,
				Level.HIGH, Level.HIGH);
		engagements.changeRisk(id, member.id(), risk.id(), changed, risk.version());
		assertThatThrownBy(() -> engagements.changeRisk(id, providerAccount, risk.id(), changed, risk.version()))
			.isInstanceOf(InvalidInput.class);

		// bad input changes nothing
		assertThatThrownBy(() -> engagements.addRisk(id, member.id(), new Risk.Line(" ", "x", null, Level.LOW,
				Level.LOW))).isInstanceOfSatisfying(InvalidInput.class,
						e -> assertThat(e.messageKey()).isEqualTo("engagement.risk.assetMissing"));
		assertThatThrownBy(() -> engagements.addRisk(id, member.id(), new Risk.Line("a".repeat(501), "x", null,
				Level.LOW, Level.LOW))).isInstanceOf(InvalidInput.class);
		assertThat(engagements.risks(id, member.id())).hasSize(2);

		// another organization's member, another provider, staff not assigned: as if it did not exist
		Person otherMember = fixtures.create(true, Role.ORG_MEMBER);
		Person otherStaff = fixtures.create(true, Role.STAFF);
		UUID otherProvider = providers.accountOf(new ProviderNetwork(this).activeProvider().id()).orElseThrow();
		for (UUID outsider : List.of(otherMember.id(), otherStaff.id(), otherProvider, UUID.randomUUID())) {
			assertThatThrownBy(() -> engagements.get(id, outsider)).isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> engagements.risks(id, outsider)).isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> engagements.addRisk(id, outsider,
					new Risk.Line("a", "b", null, Level.LOW, Level.LOW))).isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> engagements.changeRisk(id, outsider, risk.id(), changed, risk.version() + 1))
				.isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> engagements.removeRisk(id, outsider, risk.id()))
				.isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> engagements.moveTo(id, outsider, Phase.STRATEGISE, agreed.version()))
				.isInstanceOf(NotFoundException.class);
			assertThat(engagements.of(outsider)).extracting(Engagement::id).doesNotContain(id);
		}
		// a line of another engagement is not reached through this one
		Engagement other = engagements.openByHand(organization, provider.id(), staff.id());
		assertThatThrownBy(() -> engagements.removeRisk(other.id(), member.id(), risk.id()))
			.isInstanceOf(NotFoundException.class);

		// phases can be revisited; closing is its own step
		engagements.moveTo(id, providerAccount, Phase.STRATEGISE, agreed.version());
		engagements.moveTo(id, member.id(), Phase.DISCOVER, agreed.version() + 1);
		assertThatThrownBy(() -> engagements.moveTo(id, member.id(), Phase.CLOSED, agreed.version() + 2))
			.isInstanceOf(InvalidInput.class);
		assertThat(jdbc.sql("select to_phase from engagement_phase_change where engagement_id = :id order by changed_at, id")
			.param("id", id).query(String.class).list()).containsExactly("DISCOVER", "STRATEGISE", "DISCOVER");

		// what people wrote is sealed: no column holds it in the clear
		for (String column : List.of("asset", "threat", "measures")) {
			for (byte[] value : jdbc.sql("select " + column + " from engagement_risk where engagement_id = :id")
				.param("id", id).query(byte[].class).list()) {
				if (value != null) {
					assertThat(new String(value, StandardCharsets.ISO_8859_1)).doesNotContain("canary");
				}
			}
		}
		byte[] rhythm = jdbc.sql("select agreement_rhythm from engagement where id = :id").param("id", id)
			.query(byte[].class).single();
		assertThat(new String(rhythm, StandardCharsets.ISO_8859_1)).doesNotContain("canary");

		// the organization's purge takes the engagements with it
		organizations.destroyAsStaff(organization);
		assertThat(jdbc.sql("select count(*) from engagement where organization_id = :o").param("o", organization)
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from engagement_risk where organization_id = :o").param("o", organization)
			.query(Long.class).single()).isZero();
		assertThatThrownBy(() -> engagements.get(id, member.id())).isInstanceOf(NotFoundException.class);
	}

	private long openings(UUID request) {
		return jdbc.sql("select count(*) from engagement_opening where request_id = :r").param("r", request)
			.query(Long.class).single();
	}

}
