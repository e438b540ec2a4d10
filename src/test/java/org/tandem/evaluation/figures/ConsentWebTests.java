package org.tandem.evaluation.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.tandem.organization.OrganizationKind;
import org.tandem.organization.Organizations;
import org.tandem.organization.SizeBand;
import org.tandem.platform.Role;
import org.tandem.support.AccountFixtures;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.ProviderNetwork;
import org.tandem.support.WebSession;
import org.tandem.support.WebTestSupport;

/**
 * Consent to be counted: organizations are counted unless their members say otherwise on their page, providers
 * unless they do on theirs; an opted-out organization is left out of a figure entirely, not hidden in it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ConsentWebTests extends WebTestSupport {

	@Autowired
	Organizations organizations;

	@Autowired
	Countable countable;

	@Test
	void aMemberLeavesTheirOrganizationOutOfEveryCountAndBackIn() {
		Member member = organizationWithMember("Colectivo Consent");
		assertThat(countable.organization(member.organization())).isTrue();

		WebSession.Page page = member.web().get("/organization/" + member.organization());
		assertThat(page.html().selectFirst("#counting").text()).isEqualTo("Counting our results");
		assertThat(page.html().selectFirst("input#counted").hasAttr("checked")).isTrue();
		assertThat(page.html().selectFirst("label[class=check]").text())
			.isEqualTo("You may count our results anonymously");

		// An unticked box posts nothing: not counted.
		WebSession.Page out = member.web().post("/organization/" + member.organization() + "/counting", Map.of());
		assertThat(out.redirect()).startsWith("/organization/" + member.organization() + "?counting");
		assertThat(countable.organization(member.organization())).isFalse();
		WebSession.Page after = member.web().get("/organization/" + member.organization() + "?counting");
		assertThat(after.html().selectFirst("input#counted").hasAttr("checked")).isFalse();
		assertThat(after.html().select("[role=status]").text()).contains("left out of every figure");

		member.web().post("/organization/" + member.organization() + "/counting", Map.of("counted", "true"));
		assertThat(countable.organization(member.organization())).isTrue();
	}

	@Test
	void aValueOtherThanTheBoxIsRefusedWithAMessageAndNothingChanges() {
		Member member = organizationWithMember("Radio Consent");
		member.web().get("/organization/" + member.organization());
		WebSession.Page refused = member.web().post("/organization/" + member.organization() + "/counting",
				Map.of("counted", "maybe"));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.html().select(".field-error").text()).isEqualTo("Tick the box or leave it empty, then save.");
		assertThat(countable.organization(member.organization())).isTrue();
	}

	@Test
	void nobodyElseCanChangeIt() {
		Member member = organizationWithMember("Kept Consent");
		Member other = organizationWithMember("Other Consent");
		String path = "/organization/" + member.organization() + "/counting";
		other.web().get("/organization/" + other.organization());
		assertThat(other.web().post(path, Map.of()).status()).isEqualTo(404);
		for (Role role : new Role[] { Role.STAFF, Role.ADMIN, Role.PROVIDER, Role.ADVISORY }) {
			WebSession web = signedIn(role);
			web.get("/");
			assertThat(web.post(path, Map.of()).status()).as(role.name()).isIn(403, 404);
		}
		WebSession signedOut = visitor();
		signedOut.get("/login");
		assertThat(signedOut.post(path, Map.of()).status()).isIn(302, 403);
		assertThat(countable.organization(member.organization())).isTrue();
		assertThat(countable.organization(UUID.randomUUID())).isFalse();
	}

	@Test
	void anOptedOutOrganizationChangesNoFigureButLeavesItsCount() {
		// Six organizations of one group: counted 6 → shown as 5 (rounded). One opts out: 5 counted, still shown
		// as 5: its leaving changes nothing published. A second opts out: 4 counted, fewer than 5.
		List<Member> group = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			group.add(organizationWithMember("Group " + i));
		}
		List<UUID> ids = group.stream().map(Member::organization).toList();
		Disclosure disclosure = Disclosure.byDefault();
		assertThat(countable.organizations(ids)).containsExactlyInAnyOrderElementsOf(ids);
		Disclosure.Cell before = disclosure.cell(countable.organizations(ids).size());
		assertThat(before).isEqualTo(new Disclosure.Cell(Disclosure.Visibility.SHOWN, 5, 5));

		optOut(group.get(2));
		Set<UUID> counted = countable.organizations(ids);
		assertThat(counted).hasSize(5).doesNotContain(group.get(2).organization());
		assertThat(disclosure.cell(counted.size())).isEqualTo(before);

		optOut(group.get(4));
		assertThat(disclosure.cell(countable.organizations(ids).size()).isShown()).isFalse();
		assertThat(countable.organizations(List.of())).isEmpty();
	}

	@Test
	void aProviderWhoAskedNotToBeCountedIsLeftOut() {
		ProviderNetwork network = new ProviderNetwork(this);
		ProviderNetwork.ActiveProvider counted = network.activeProvider();
		ProviderNetwork.ActiveProvider optedOut = network.activeProvider();
		optedOut.web().get("/provider");
		assertThat(optedOut.web().post("/provider/counting", Map.of()).redirect()).contains("counting");
		assertThat(countable.provider(counted.id())).isTrue();
		assertThat(countable.provider(optedOut.id())).isFalse();
		assertThat(countable.providers(List.of(counted.id(), optedOut.id(), UUID.randomUUID())))
			.containsExactly(counted.id());
	}

	private void optOut(Member member) {
		member.web().get("/organization/" + member.organization());
		member.web().post("/organization/" + member.organization() + "/counting", Map.of());
	}

	private Member organizationWithMember(String name) {
		UUID organization = organizations.enrol(name + " " + UUID.randomUUID(), OrganizationKind.NGO,
				SizeBand.UP_TO_5, "PE");
		Person person = fixtures.create(false, Role.ORG_MEMBER);
		organizations.addMember(organization, person.id());
		WebSession web = visitor();
		AccountFixtures.signIn(web, person);
		return new Member(organization, web);
	}

	record Member(UUID organization, WebSession web) {
	}

}
