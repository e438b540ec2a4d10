package org.tandem.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.tandem.support.DatabaseSnapshot;
import org.tandem.support.UpgradeFixture;
import org.tandem.support.ProviderNetwork.ActiveProvider;
import org.tandem.support.WebSession;

/**
 * Writes an upgrade fixture: a hub's database and data folder as this release leaves them, with requests at every
 * stage of their journey and handoffs in flight, all made through the pages. The fixture of schema 21 was written by
 * that release, which also let staff move a request past matching by hand ("introduced-by-hand"). Run it once per release whose schema a
 * later release migrates, and commit what it writes under {@code src/test/resources/upgrade/<release>/}:
 * {@code ./mvnw test -Dtest=UpgradeFixtureWriter -Dtandem.upgrade.write=src/test/resources/upgrade/v21}.
 * {@code UpgradeTests} loads it and checks that the current release shows every request as it should.
 */
@EnabledIfSystemProperty(named = "tandem.upgrade.write", matches = ".+")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class UpgradeFixtureWriter extends HandoffTestSupport {

	@Autowired
	DataSource dataSource;

	@Value("${tandem.data-dir}")
	Path dataDir;

	@Test
	void write() throws IOException {
		Path target = Path.of(System.getProperty("tandem.upgrade.write")).toAbsolutePath();
		WebSession staff = staff();
		ActiveProvider first = provider("Upgrade First");
		ActiveProvider second = provider("Upgrade Second");
		Map<String, Requester> requests = new LinkedHashMap<>();

		requests.put("new", submitted());
		Requester asked = submitted();
		staff.get("/staff/requests/" + asked.id());
		staff.post("/staff/requests/" + asked.id() + "/status", Map.of("to", "NEEDS_INFORMATION"));
		requests.put("needs-information", asked);
		Requester declined = submitted();
		staff.get("/staff/requests/" + declined.id());
		staff.post("/staff/requests/" + declined.id() + "/decline", Map.of("template", "NO_CAPACITY"));
		requests.put("declined", declined);
		requests.put("assessing", requester(staff, false, Map.of()));

		Requester offering = requester(staff, true, Map.of());
		choose(staff, offering.id(), List.of(first.id(), second.id()));
		requests.put("offering", offering);

		Requester noProvider = requester(staff, false, Map.of());
		choose(staff, noProvider.id(), List.of(second.id()));
		UUID refused = offer(noProvider.id(), second.id());
		second.web().get("/provider/handoffs/" + refused);
		second.web().post("/provider/handoffs/" + refused + "/decline", Map.of("reason", "NO_CAPACITY"));
		requests.put("no-provider", noProvider);

		Requester accepted = accepted(staff, first, true);
		requests.put("accepted", accepted);

		Requester introduced = accepted(staff, first, false);
		introduce(introduced);
		requests.put("introduced", introduced);

		Requester following = accepted(staff, second, false);
		introduce(following);
		following.web().post(following.path() + "/contact", Map.of("reached", "1"));
		UUID followingOffer = offer(following.id(), second.id());
		second.web().get("/provider/handoffs/" + followingOffer);
		second.web().post("/provider/handoffs/" + followingOffer + "/contact", Map.of("reached", "1"));
		requests.put("following-up", following);

		Requester closed = accepted(staff, first, false);
		introduce(closed);
		closed.web().post(closed.path() + "/contact", Map.of("reached", "1"));
		UUID closedOffer = offer(closed.id(), first.id());
		first.web().get("/provider/handoffs/" + closedOffer);
		first.web().post("/provider/handoffs/" + closedOffer + "/contact", Map.of("reached", "1"));
		staff.get("/staff/requests/" + closed.id() + "/handoff");
		staff.post("/staff/requests/" + closed.id() + "/handoff/close", Map.of());
		requests.put("closed", closed);

		Map<String, String> stages = new LinkedHashMap<>();
		requests.forEach((name, r) -> stages.put(name, requestStatus(r.id()) + " "
				+ jdbc.sql("select coalesce(max(stage), '-') from handoff where request_id = :id").param("id", r.id())
					.query(String.class).single()));
		assertThat(stages).containsEntry("introduced", "HANDED_OVER INTRODUCED")
			.containsEntry("following-up", "HANDED_OVER FOLLOWING_UP")
			.containsEntry("closed", "HANDED_OVER CLOSED");

		Files.createDirectories(target);
		DatabaseSnapshot.write(dataSource, target.resolve("database.snapshot"));
		StringBuilder index = new StringBuilder();
		// name, id, status link and code (to open the status page), status and handoff stage in this release
		requests.forEach((name, r) -> index.append(String.join(" ", name, r.id().toString(), r.path(), r.code(),
				stages.get(name))).append('\n'));
		Files.writeString(target.resolve("requests.txt"), index);
		UpgradeFixture.copy(dataDir, target.resolve("data"));
	}

	/** A request sent through the form and left as it arrived: new, not assessed. */
	private Requester submitted() {
		WebSession web = visitor();
		WebSession.Page form = web.get("/request");
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("nonce", form.html().selectFirst("input[name=nonce]").val());
		fields.put("anonymous", "false");
		fields.put("organizationName", "Upgrade Collective " + UUID.randomUUID());
		fields.put("country", "MX");
		fields.put("languages", "es");
		fields.put("problems", "ACCOUNT_COMPROMISED");
		fields.put("description", "Our accounts were taken over.");
		fields.put("urgency", "SOON");
		fields.put("timeframe", "THIS_MONTH");
		fields.put("approach", "INTRODUCTION");
		fields.put("contactMethod", "EMAIL");
		fields.put("email", "upgrade-" + UUID.randomUUID() + "@example.org");
		fields.put("consent", "true");
		WebSession.Page sent = web.post("/request", fields);
		assertThat(sent.status()).as(sent.text()).isEqualTo(200);
		String link = sent.html().selectFirst("#status-link").attr("href");
		String path = link.substring(link.indexOf("/request/status/"));
		return new Requester(requestOf(path), "", path, sent.html().selectFirst("#status-code").text(), web, fields);
	}

	private Requester accepted(WebSession staff, ActiveProvider provider, boolean anonymous) {
		Requester requester = requester(staff, anonymous, Map.of());
		choose(staff, requester.id(), List.of(provider.id()));
		UUID offer = offer(requester.id(), provider.id());
		provider.web().get("/provider/handoffs/" + offer);
		assertThat(provider.web().post("/provider/handoffs/" + offer + "/accept", Map.of()).redirect()).contains("accepted");
		return requester;
	}

	private void introduce(Requester requester) {
		requester.web().get(requester.path() + "/introduction");
		assertThat(requester.web().post(requester.path() + "/introduction",
				Map.of("reveal", "SIGNAL", "channel", "SIGNAL", "message", "Call after six")).redirect())
			.contains("introduced");
	}

}
