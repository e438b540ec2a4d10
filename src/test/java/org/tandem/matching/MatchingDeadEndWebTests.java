package org.tandem.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.tandem.directory.ProviderCandidate;
import org.tandem.directory.Providers;
import org.tandem.support.ProviderNetwork.ActiveProvider;
import org.tandem.support.RequestFixtures;
import org.tandem.support.WebSession;

/**
 * Matching's dead ends over HTTP, on H2 and PostgreSQL: when nobody fits a request, the page says which constraint
 * left out how many providers and what staff can change, and offers no action that can do nothing; a batch that
 * places nobody says why and offers nothing to apply; the provider chosen for a request keeps its score for it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class MatchingDeadEndWebTests extends MatchingTestSupport {

	@Autowired
	Providers providers;

	@Autowired
	org.tandem.privacy.PurgeService purges;

	@Test
	void whenNobodyFitsThePageSaysWhyWithCountsAndWhatStaffCanChange() {
		ActiveProvider spanish = spanishSpecialist("Nadie " + UUID.randomUUID().toString().substring(0, 6));
		WebSession staff = staff();
		UUID request = assessedRequest(staff, "es", "MX", "ACCOUNT_SECURITY");
		String path = "/staff/requests/" + request + "/matching";
		assertThat(staff.get(path).html().selectFirst("#nobody-fits")).isNull();

		// a language nobody works in, and a must-have service few offer
		Map<String, String> needs = needs();
		needs.put("services[LEGAL_SUPPORT]", "MUST");
		needs.put("languages", "sw");
		assertThat(staff.post(path + "/needs", needs).redirect()).contains("saved");
		List<ProviderCandidate> pool = providers.candidates();
		long withoutSwahili = pool.stream().filter(c -> !c.languages().contains("sw")).count();
		long withoutLegalSupport = pool.stream().filter(c -> !c.services().containsKey("LEGAL_SUPPORT")).count();
		assertThat(withoutSwahili).isEqualTo(pool.size());

		WebSession.Page page = staff.get(path);
		assertThat(page.html().select(".candidate")).isEmpty();
		Element nobody = page.html().selectFirst("#nobody-fits");
		assertThat(nobody).as(page.text()).isNotNull();
		assertThat(nobody.selectFirst("#nobody-summary").text())
			.startsWith(pool.size() == 1 ? "1 provider is in the network, and it does not meet every constraint."
					: pool.size() + " providers are in the network, and none meets every constraint.");
		assertThat(nobody.selectFirst("#nobody-LANGUAGE").text())
			.contains("Shared language — providers left out: " + withoutSwahili)
			.contains("Add a language the organization can work in, or accept interpretation");
		assertThat(nobody.selectFirst("#nobody-SERVICES").text())
			.contains("Required services — providers left out: " + withoutLegalSupport)
			.contains("Set a “must have” service to “would help”");
		// the Spanish specialist fails on both, so neither alone would let them in
		assertThat(page.html().selectFirst("#excluded-" + reference(spanish.id()))).isNotNull();
		assertThat(page.html().selectFirst("#no-candidates")).isNull();
		// they are left out by the hub's constraints only: offering anyway with a reason stays possible
		assertThat(page.html().selectFirst("#choose")).isNotNull();
		assertThat(page.html().selectFirst("#order-" + spanish.id())).isNotNull();

		// with the language back, the specialist is left out by the service alone, and the page says so
		needs = needs();
		needs.put("services[LEGAL_SUPPORT]", "MUST");
		needs.put("version", staff.get(path).html().selectFirst("input[name=version]").val());
		needs.put("excludedProviders", String.join(",", pool.stream()
			.filter(c -> !c.id().equals(spanish.id()))
			.map(ProviderCandidate::reference)
			.toList()));
		assertThat(staff.post(path + "/needs", needs).redirect()).contains("saved");
		Element only = staff.get(path).html().selectFirst("#nobody-SERVICES");
		assertThat(only.text()).contains("Left out by this alone: 1. They would fit if it changed.");

		// everyone kept away by the organization itself: nobody can be chosen, so there is nothing to press
		needs = needs();
		needs.put("version", staff.get(path).html().selectFirst("input[name=version]").val());
		needs.put("excludedProviders",
				String.join(",", pool.stream().map(ProviderCandidate::reference).toList()));
		assertThat(staff.post(path + "/needs", needs).redirect()).contains("saved");
		WebSession.Page kept = staff.get(path + "?excluded=true");
		assertThat(kept.html().selectFirst("#nobody-EXCLUDED").text())
			.contains("Not excluded by the organization — providers left out: " + pool.size())
			.contains("only the organization can change that");
		// those the list alone keeps away are those whose only reason is it, among the excluded the page lists
		long alone = kept.html().select(".excluded").stream().filter(x -> x.select(".why li").size() == 1).count();
		assertThat(alone).isPositive();
		assertThat(kept.html().selectFirst("#nobody-EXCLUDED .only").text())
			.isEqualTo("Left out by this alone: " + alone + ". They would fit if it changed.");
		assertThat(kept.html().selectFirst("#choose")).isNull();
		assertThat(kept.html().select("input[name^=order]")).isEmpty();
		assertThat(kept.html().selectFirst("#nothing-to-choose").text())
			.isEqualTo("Nobody can be chosen now: every provider is kept away by the organization’s own exclusions.");
		assertThat(kept.html().selectFirst("#matching-layout #needs")).isNotNull();
		leave(spanish, request);
	}

	@Test
	void theChosenProviderKeepsItsScoreForTheRequestOnceChosen() {
		ActiveProvider spanish = spanishSpecialist("Elegida " + UUID.randomUUID().toString().substring(0, 6));
		String ref = reference(spanish.id());
		WebSession staff = staff();
		UUID request = assessedRequest(staff, "es", "MX", "ACCOUNT_SECURITY");
		String path = "/staff/requests/" + request + "/matching";
		WebSession.Page before = staff.get(path);
		String score = before.html().selectFirst("#candidate-" + ref + " .score strong").text();
		assertThat(before.html().selectFirst("#candidate-" + ref + " .why").text()).contains("2 of 2 slots free.");

		assertThat(staff.post(path + "/choice", Map.of("current", "none", "order[" + spanish.id() + "]", "1")).redirect())
			.contains("chosen");
		// the offer the choice opened holds one of the provider's slots, but not against this very request
		assertThat(jdbc.sql("select status from handoff_offer where request_id = :r").param("r", request)
			.query(String.class).list()).containsExactly("OPEN");
		WebSession.Page after = staff.get(path);
		assertThat(after.html().selectFirst("#candidate-" + ref + " .score strong").text()).isEqualTo(score);
		assertThat(after.html().selectFirst("#candidate-" + ref + " .why").text()).contains("2 of 2 slots free.");
		assertThat(after.html().selectFirst("#chosen li").text()).contains(score);
		// for any other request the slot is taken
		UUID another = assessedRequest(staff, "es", "MX", "ACCOUNT_SECURITY");
		assertThat(staff.get("/staff/requests/" + another + "/matching").html()
			.selectFirst("#candidate-" + ref + " .why").text()).contains("1 of 2 slots free.");
		leave(spanish, request, another);
	}

	@Test
	void aBatchThatPlacesNobodySaysWhyAndOffersNothingToApply() {
		WebSession staff = staff();
		// requests asking for the six-month programme, in a language nobody works in
		List<UUID> mine = List.of(notSureRequest(staff), notSureRequest(staff));
		WebSession.Page proposed = staff.post("/staff/matching/batches",
				Map.of("placeAsMany", "true", "approach", "NOT_SURE"));
		String batchPath = proposed.redirect().substring(proposed.redirect().indexOf("/staff/matching/batches/"));
		UUID batch = UUID.fromString(batchPath.substring(batchPath.lastIndexOf('/') + 1));
		List<UUID> rows = jdbc.sql("select request_id from match_batch_row where batch_id = :b order by position")
			.param("b", batch).query(UUID.class).list();
		assertThat(rows).containsAll(mine);
		// other tests' requests of that approach may have been placed: take them off, as staff can
		for (int i = 0; i < rows.size(); i++) {
			if (jdbc.sql("select count(*) from match_batch_row where batch_id = :b and position = :p and provider_id is not null")
				.param("b", batch).param("p", i).query(Long.class).single() > 0) {
				String version = staff.get(batchPath + "?page=" + i / 100).html().selectFirst("input[name=version]").val();
				assertThat(staff.post(batchPath + "/rows/" + i, Map.of("provider", "", "version", version)).redirect())
					.contains("edited");
			}
		}

		WebSession.Page page = staff.get(batchPath);
		assertThat(page.html().selectFirst("#current").text()).startsWith("0 placed");
		assertThat(page.html().selectFirst("#apply")).isNull();
		assertThat(page.html().selectFirst("#nothing-to-apply").text()).startsWith("Nothing to apply");
		assertThat(page.html().selectFirst("#load")).isNull();
		assertThat(page.html().selectFirst("#no-load").text()).isEqualTo("No provider takes a request in this batch.");
		Element unplaced = page.html().selectFirst("#unplaced");
		assertThat(unplaced).as(page.text()).isNotNull();
		long awaiting = rows.stream().filter(id -> requestStatus(id).equals("ASSESSING")).count();
		assertThat(unplaced.selectFirst("h2").text()).isEqualTo("Requests without a provider: " + awaiting);
		int pool = providers.candidates().size();
		assertThat(unplaced.selectFirst("#unplaced-none-fits").text()).contains("Of the " + pool + (pool == 1 ? " provider" : " providers") + " in the network");
		// my two requests alone leave out every provider on language, so the sum is at least twice the pool
		int language = Integer.parseInt(unplaced.selectFirst("#unplaced-LANGUAGE strong").text().replaceAll(".*: ", ""));
		assertThat(language).isGreaterThanOrEqualTo(2 * pool);
		assertThat(unplaced.selectFirst("#unplaced-LANGUAGE").text()).contains("accept interpretation");
		for (UUID id : mine) {
			int row = rows.indexOf(id);
			assertThat(page.html().selectFirst("#none-fits-" + row).text()).isEqualTo("No provider meets every constraint.");
			// nothing to change the row to: no form
			assertThat(page.html().selectFirst("#provider-" + row)).isNull();
		}
		// a request posted to apply anyway applies nothing
		String version = page.html().selectFirst("input[name=version]") == null
				? String.valueOf(jdbc.sql("select version from match_batch where id = :b").param("b", batch)
					.query(Long.class).single())
				: page.html().selectFirst("input[name=version]").val();
		assertThat(staff.post(batchPath + "/apply", Map.of("version", version)).redirect()).contains("applied=0");
		for (UUID id : mine) {
			assertThat(requestStatus(id)).isEqualTo("ASSESSING");
			purges.purge(id, org.tandem.privacy.PurgeReason.STAFF);
		}
	}

	/**
	 * Pauses the provider and purges the requests, so that the batches of other tests sharing this database neither
	 * place their requests with this provider nor find these requests.
	 */
	private void leave(ActiveProvider provider, UUID... requests) {
		provider.web().get("/provider");
		assertThat(provider.web().post("/provider/pause", Map.of()).redirect()).contains("done=pause");
		for (UUID id : requests) {
			purges.purge(id, org.tandem.privacy.PurgeReason.STAFF);
		}
	}

	/** A request for the programme whose needs profile asks for Swahili, which no test provider speaks. */
	private UUID notSureRequest(WebSession staff) {
		WebSession.Page sent = RequestFixtures.send(visitor(), Map.of("approach", "NOT_SURE"), Map.of());
		String link = sent.html().selectFirst("#status-link").attr("href");
		UUID id = requestOf(link);
		assertThat(staff.post("/staff/requests/" + id + "/status", Map.of("to", "ASSESSING")).redirect()).contains("moved");
		assertThat(staff.post("/staff/requests/" + id + "/assessment",
				Map.of("services", "ACCOUNT_SECURITY", "languages", "sw", "riskLevel", "HIGH")).redirect()).contains("assessed");
		return id;
	}

	private Map<String, String> needs() {
		Map<String, String> needs = new LinkedHashMap<>();
		needs.put("version", "-1");
		needs.put("services[ACCOUNT_SECURITY]", "MUST");
		needs.put("languages", "es");
		needs.put("startBy", LocalDate.now(ZoneOffset.UTC).plusDays(5).toString());
		needs.put("budget", "PRO_BONO");
		return needs;
	}

	String reference(UUID provider) {
		return jdbc.sql("select reference from provider where id = :id").param("id", provider).query(String.class).single();
	}

}
