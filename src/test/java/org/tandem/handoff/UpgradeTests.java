package org.tandem.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.tandem.support.UpgradeFixture;
import org.tandem.support.WebSession;

/**
 * A hub made by the release before the journey's stages got one owner each (schema 21: intake's statuses ran to
 * "closed", the handoff kept its own stage beside them) upgrades cleanly, on H2 and PostgreSQL: the fixture holds
 * requests at every stage, handoffs in flight and a request moved past matching by hand. After the migration every
 * request shows where it stands to staff and to its requester, sealed data still opens, and the journey goes on.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "tandem.test.upgrade-from=v21")
class UpgradeTests extends HandoffTestSupport {

	private final Map<String, UpgradeFixture.Request> requests = UpgradeFixture.requests("v21").stream()
		.collect(Collectors.toMap(UpgradeFixture.Request::name, Function.identity()));

	@Test
	void everyRequestShowsWhereItStandsAfterTheUpgrade() {
		// intake keeps its stages until the hand-over; the handoff holds the rest
		Map<String, String> statuses = Map.ofEntries(Map.entry("new", "NEW"),
				Map.entry("needs-information", "NEEDS_INFORMATION"), Map.entry("declined", "DECLINED"),
				Map.entry("assessing", "ASSESSING"), Map.entry("offering", "HANDED_OVER"),
				Map.entry("no-provider", "ASSESSING"), Map.entry("accepted", "HANDED_OVER"),
				Map.entry("introduced", "HANDED_OVER"), Map.entry("following-up", "HANDED_OVER"),
				Map.entry("closed", "HANDED_OVER"), Map.entry("introduced-by-hand", "HANDED_OVER"));
		statuses.forEach((name, status) -> assertThat(requestStatus(requests.get(name).id())).as(name).isEqualTo(status));
		assertThat(stage(requests.get("introduced-by-hand").id())).isEqualTo("INTRODUCED");
		assertThat(stage(requests.get("following-up").id())).isEqualTo("FOLLOWING_UP");
		assertThat(jdbc.sql("select count(*) from help_request_transition where to_status in "
				+ "('MATCHED', 'INTRODUCED', 'CONTACT_CONFIRMED', 'CLOSED') or from_status in "
				+ "('MATCHED', 'INTRODUCED', 'CONTACT_CONFIRMED', 'CLOSED')").query(Long.class).single()).isZero();

		// staff see each request, its sealed details opened, and where the holder says it stands
		WebSession staff = staff();
		Map<String, String> shown = Map.ofEntries(Map.entry("new", "New"), Map.entry("declined", "Declined"),
				Map.entry("assessing", "Being assessed"), Map.entry("offering", "Offered to a provider"),
				Map.entry("accepted", "Accepted, waiting for the organization"), Map.entry("introduced", "Introduced"),
				Map.entry("following-up", "Contact confirmed, following up"), Map.entry("closed", "Closed"),
				Map.entry("introduced-by-hand", "Introduced"));
		shown.forEach((name, label) -> {
			WebSession.Page page = staff.get("/staff/requests/" + requests.get(name).id());
			assertThat(page.status()).as(name).isEqualTo(200);
			String where = page.html().selectFirst("#current-progress") != null
					? page.html().selectFirst("#current-progress").text()
					: page.html().selectFirst("#current-status").text();
			assertThat(where).as(name).isEqualTo(label);
			assertThat(page.text()).as(name).containsAnyOf("Radio Sur", "Upgrade Collective");
		});
		for (String name : List.of("offering", "accepted", "introduced", "following-up", "closed", "introduced-by-hand")) {
			assertThat(staff.get("/staff/requests/" + requests.get(name).id() + "/handoff").status()).as(name)
				.isEqualTo(200);
		}
		// the queue lists intake's open requests; the handed-over ones under their status, each with its stage
		WebSession.Page queue = staff.get("/staff/requests");
		assertThat(queue.text()).contains(reference("new")).contains(reference("assessing"))
			.doesNotContain(reference("offering"));
		WebSession.Page handedOver = staff.get("/staff/requests?status=HANDED_OVER");
		assertThat(handedOver.text()).contains(reference("offering")).contains(reference("closed"))
			.contains("Offered to a provider");

		// requesters see the step they have reached
		Map<String, String> steps = Map.ofEntries(Map.entry("new", "Received"),
				Map.entry("assessing", "Reviewed by the hub"), Map.entry("offering", "Looking for a provider"),
				Map.entry("accepted", "Looking for a provider"), Map.entry("introduced", "Introduction"),
				Map.entry("following-up", "In contact"), Map.entry("closed", "Follow-up"),
				Map.entry("introduced-by-hand", "Introduction"));
		steps.forEach((name, step) -> {
			UpgradeFixture.Request request = requests.get(name);
			WebSession web = visitor();
			web.get(request.path());
			assertThat(web.post(request.path(), Map.of("code", request.code())).redirect()).as(name)
				.endsWith(request.path());
			WebSession.Page page = web.get(request.path());
			assertThat(page.html().selectFirst("#journey li[aria-current=step]").text()).as(name).startsWith(step);
		});

		// the journey goes on: staff take the request being offered back to assessment, and its offer is withdrawn
		staff.get("/staff/requests/" + requests.get("offering").id());
		assertThat(staff.post("/staff/requests/" + requests.get("offering").id() + "/status", Map.of("to", "ASSESSING"))
			.redirect()).contains("moved");
		assertThat(stage(requests.get("offering").id())).isEqualTo("WITHDRAWN");
		assertThat(jdbc.sql("select count(*) from handoff_offer where request_id = :r and status in ('OPEN', 'QUEUED')")
			.param("r", requests.get("offering").id()).query(Long.class).single()).isZero();
	}

	private String reference(String name) {
		return jdbc.sql("select reference from help_request where id = :id").param("id", requests.get(name).id())
			.query(String.class).single();
	}

}
