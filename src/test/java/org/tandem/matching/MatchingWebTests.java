package org.tandem.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.MessageSource;
import org.tandem.platform.Role;
import org.tandem.privacy.PurgeService;
import org.tandem.support.ProviderNetwork.ActiveProvider;
import org.tandem.support.WebSession;

/** Matching over HTTP, on H2 and PostgreSQL: the request page, the needs profile, choices, batches, settings, API. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class MatchingWebTests extends MatchingTestSupport {

	@Autowired
	MessageSource messages;

	@Autowired
	PurgeService purges;

	@Autowired
	org.tandem.directory.Providers providers;

	@Autowired
	org.tandem.matching.domain.Matchmaker matchmaker;

	@Test
	void staffSeeExplainedCandidatesChooseInOrderAndOverrideOnlyWithAReason() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		ActiveProvider spanish = spanishSpecialist("Lucía Ramos " + tag);
		ActiveProvider portuguese = portugueseOnly("Bruno Lima " + tag);
		WebSession staff = staff();
		UUID request = assessedRequest(staff, "es", "MX", "ACCOUNT_SECURITY");

		// the directory reads the whole pool in a few queries; each provider as its aggregate would give it
		for (UUID id : List.of(spanish.id(), portuguese.id())) {
			assertThat(providers.candidates()).filteredOn(c -> c.id().equals(id))
				.singleElement()
				.usingRecursiveComparison()
				.ignoringCollectionOrder()
				.isEqualTo(providers.candidate(id).orElseThrow());
		}
		assertThat(providers.candidate(spanish.id()).orElseThrow().conflictOrganizations())
			.containsExactly("canary-Ministry of Information");

		WebSession.Page page = staff.get("/staff/requests/" + request + "/matching");
		assertThat(page.status()).isEqualTo(200);
		String spanishRef = reference(spanish.id());
		String portugueseRef = reference(portuguese.id());
		var candidate = page.html().selectFirst("#candidate-" + spanishRef);
		assertThat(candidate).as(page.text()).isNotNull();
		assertThat(candidate.select(".why li").eachText()).contains("Works in Spanish.", "Specialist in Account security.",
				"Works remotely in Mexico.", "2 of 2 slots free.");
		assertThat(page.html().selectFirst("#candidate-" + portugueseRef)).isNull();
		assertThat(page.html().select("#excluded li").eachText()).anyMatch(t -> t.startsWith("Shared language:"));

		// the excluded providers on demand, with why
		WebSession.Page excluded = staff.get("/staff/requests/" + request + "/matching?excluded=true");
		assertThat(excluded.html().selectFirst("#excluded-" + portugueseRef + " .why").text())
			.contains("Works in Portuguese; the organization works in Spanish.");

		// choosing the excluded one without a reason: a clear message, the order typed kept, nothing written; the
		// pool compiled once for the choice and the page that shows it refused
		long poolsBefore = matchmaker.poolsBuilt();
		WebSession.Page refused = staff.post("/staff/requests/" + request + "/matching/choice",
				Map.of("current", "none", "order[" + spanish.id() + "]", "1", "order[" + portuguese.id() + "]", "2"));
		assertThat(refused.html().select(".field-error").eachText())
			.contains("Say why you choose a provider the constraints exclude.");
		assertThat(matchmaker.poolsBuilt() - poolsBefore).isEqualTo(1);
		assertThat(refused.html().selectFirst("#order-" + portuguese.id()).val()).isEqualTo("2");
		assertThat(refused.html().selectFirst("#order-" + spanish.id()).val()).isEqualTo("1");
		assertThat(count("match_choice where request_id = '" + request + "'")).isZero();
		assertThat(requestStatus(request)).isEqualTo("ASSESSING");
		assertThat(staff.post("/staff/requests/" + request + "/matching/choice",
				Map.of("current", "none", "order[" + spanish.id() + "]", "1", "order[" + portuguese.id() + "]", "1")).html()
			.selectFirst("#choice-error").text()).isEqualTo("Offer positions are numbers from 1 to 5, each used once.");

		// with a reason: both chosen in order, the override recorded, the reason sealed, the request matched
		poolsBefore = matchmaker.poolsBuilt();
		WebSession.Page chosen = staff.post("/staff/requests/" + request + "/matching/choice",
				Map.of("current", page.html().selectFirst("input[name=current]").val(), "order[" + spanish.id() + "]", "1",
						"order[" + portuguese.id() + "]", "2", "reason[" + portuguese.id() + "]",
						"canary-Her colleague interprets for the team"));
		assertThat(chosen.redirect()).contains("chosen");
		assertThat(matchmaker.poolsBuilt() - poolsBefore).as("pools compiled for one choice").isEqualTo(1);
		assertThat(jdbc.sql("select provider_id from match_choice where request_id = :r order by position")
			.param("r", request).query(UUID.class).list()).containsExactly(spanish.id(), portuguese.id());
		byte[] overridden = jdbc.sql("select overridden from match_choice where request_id = :r and position = 2")
			.param("r", request).query(byte[].class).single();
		assertThat(new String(overridden, StandardCharsets.ISO_8859_1)).doesNotContain("LANGUAGE");
		byte[] reason = jdbc.sql("select reason from match_choice where request_id = :r and position = 2")
			.param("r", request).query(byte[].class).single();
		assertThat(new String(reason, StandardCharsets.ISO_8859_1)).doesNotContain("canary");
		assertThat(requestStatus(request)).isEqualTo("HANDED_OVER");
		assertThat(staff.get("/staff/requests/" + request + "/matching").html().select("#chosen li").eachText())
			.satisfiesExactly(first -> assertThat(first).contains("Lucía Ramos " + tag),
					second -> assertThat(second).contains("Bruno Lima " + tag).contains("Shared language")
						.contains("canary-Her colleague interprets for the team"));

		// a page showing the choice as it was before cannot replace it
		poolsBefore = matchmaker.poolsBuilt();
		assertThat(staff.post("/staff/requests/" + request + "/matching/choice",
				Map.of("current", "none", "order[" + spanish.id() + "]", "1")).html().selectFirst("#choice-error").text())
			.isEqualTo("Someone changed the providers chosen for this request meanwhile. Look at the choice again.");
		assertThat(matchmaker.poolsBuilt() - poolsBefore).isEqualTo(1);
		// the first choice holds one of the provider's two slots for other requests
		UUID another = assessedRequest(staff, "es", "MX", "ACCOUNT_SECURITY");
		assertThat(staff.get("/staff/requests/" + another + "/matching").html()
			.selectFirst("#candidate-" + spanishRef + " .why").text()).contains("1 of 2 slots free.");

		// purging the request takes its choices and profile with it
		purges.purge(request, org.tandem.privacy.PurgeReason.STAFF);
		assertThat(count("match_choice where request_id = '" + request + "'")).isZero();
	}

	@Test
	void theNeedsProfileIsCheckedKeepsWhatWasTypedAndRanksAgain() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		ActiveProvider spanish = spanishSpecialist("Marta Díaz " + tag);
		WebSession staff = staff();
		UUID request = assessedRequest(staff, "es", "MX", "ACCOUNT_SECURITY");
		String path = "/staff/requests/" + request + "/matching";
		var first = staff.get(path).html();
		assertThat(first.selectFirst("select[name='services[ACCOUNT_SECURITY]'] option[selected]").val()).isEqualTo("MUST");
		// nothing said about the time zone yet: Mexico's is preselected, named for people; countries are checkboxes
		assertThat(first.selectFirst("select[name=timeZone] option[selected]").val()).isEqualTo("America/Mexico_City");
		assertThat(first.selectFirst("select[name=timeZone] option[selected]").text())
			.isEqualTo("(UTC-06:00) Mexico City — Central Standard Time");
		assertThat(first.select("#excludedJurisdictions input[type=checkbox]")).hasSizeGreaterThan(200);
		assertThat(first.select("select[multiple]")).isEmpty();

		Map<String, String> bad = new LinkedHashMap<>();
		bad.put("version", "-1");
		bad.put("services[ACCOUNT_SECURITY]", "MUST");
		bad.put("startBy", "next tuesday");
		bad.put("excludedProviders", "P-NOPE99");
		bad.put("timeZone", "Mars/Olympus");
		bad.put("budget", "SLIDING_SCALE");
		WebSession.Page refused = staff.post(path + "/needs", bad);
		assertThat(refused.html().select(".field-error").eachText()).contains("Give the date as year-month-day.",
				"No provider has the reference P-NOPE99.", "Choose a time zone from the list.",
				"Choose at least one language, or accept interpretation.");
		assertThat(refused.body()).doesNotContain("Exception");
		assertThat(refused.html().select("#error-summary a")).extracting(a -> a.attr("href") + " " + a.text())
			.contains("#timeZone The organization’s time zone: Choose a time zone from the list.",
					"#startBy " + messages.getMessage("matching.needs.startBy", null, java.util.Locale.ENGLISH)
							+ ": Give the date as year-month-day.");
		assertThat(refused.html().selectFirst("input[name=startBy]").val()).isEqualTo("next tuesday");
		assertThat(refused.html().selectFirst("input[name=excludedProviders]").val()).isEqualTo("P-NOPE99");
		assertThat(refused.html().selectFirst("input[name=budget][value=SLIDING_SCALE]").hasAttr("checked")).isTrue();
		assertThat(count("match_needs where request_id = '" + request + "'")).isZero();

		// the same mistake in Spanish is told in Spanish
		WebSession.Page spanishPage = staff.post(path + "/needs?lang=es", bad);
		assertThat(spanishPage.html().select(".field-error").eachText()).contains(
				messages.getMessage("matching.needs.startBy.invalid", null, java.util.Locale.forLanguageTag("es")));
		staff.get(path + "?lang=en");

		// excluding the provider by reference takes them out of the candidates, with the reason
		Map<String, String> good = new LinkedHashMap<>();
		good.put("version", "-1");
		good.put("services[ACCOUNT_SECURITY]", "MUST");
		good.put("languages", "es");
		good.put("startBy", LocalDate.now(ZoneOffset.UTC).plusDays(5).toString());
		good.put("budget", "PRO_BONO");
		good.put("excludedProviders", reference(spanish.id()).toLowerCase());
		good.put("excludedJurisdictions", "US");
		// saving the needs is activity on the request: its inactivity period starts again
		jdbc.sql("update help_request set last_activity_at = :old where id = :id")
			.param("old", java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(30))))
			.param("id", request)
			.update();
		assertThat(staff.post(path + "/needs", good).redirect()).contains("saved");
		assertThat(jdbc.sql("select last_activity_at from help_request where id = :id").param("id", request)
			.query(java.sql.Timestamp.class).single().toInstant()).isAfter(java.time.Instant.now().minusSeconds(60));
		byte[] sealed = jdbc.sql("select excluded_providers from match_needs where request_id = :r").param("r", request)
			.query(byte[].class).single();
		assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain(spanish.id().toString());
		WebSession.Page again = staff.get(path + "?excluded=true");
		assertThat(again.html().selectFirst("#candidate-" + reference(spanish.id()))).isNull();
		assertThat(again.html().selectFirst("#excluded-" + reference(spanish.id()) + " .why").text())
			.contains("The organization asked not to work with this provider.");
		assertThat(again.html().selectFirst("input[name=excludedProviders]").val()).isEqualTo(reference(spanish.id()));
		assertThat(again.html().select("#excludedJurisdictions input[checked]").eachAttr("value")).containsExactly("US");
		assertThat(again.html().selectFirst("#excludedJurisdictions-chosen").text()).contains("United States");

		// a page showing an older version is refused instead of overwriting
		assertThat(staff.post(path + "/needs", good).html().select(".notice.bad").eachText())
			.contains("Someone changed the needs meanwhile. Reload the page and make your change again.");
	}

	@Test
	void theOrganizationsExclusionIsAbsoluteWhileAHubConstraintCanStillBeOverridden() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		ActiveProvider kept = spanishSpecialist("Kept Away " + tag);
		ActiveProvider portuguese = portugueseOnly("Hub Constraint " + tag);
		WebSession staff = staff();
		UUID request = assessedRequest(staff, "es", "MX", "ACCOUNT_SECURITY");
		String path = "/staff/requests/" + request + "/matching";
		String keptRef = reference(kept.id());
		String portugueseRef = reference(portuguese.id());
		Map<String, String> needs = new LinkedHashMap<>();
		needs.put("version", "-1");
		needs.put("services[ACCOUNT_SECURITY]", "MUST");
		needs.put("languages", "es");
		needs.put("startBy", LocalDate.now(ZoneOffset.UTC).plusDays(5).toString());
		needs.put("budget", "PRO_BONO");
		needs.put("excludedProviders", keptRef);
		assertThat(staff.post(path + "/needs", needs).redirect()).contains("saved");

		// the page shows the organization's exclusion as not choosable, with why; the hub's constraint as overridable
		WebSession.Page page = staff.get(path + "?excluded=true");
		var keptAway = page.html().selectFirst("#excluded-" + keptRef);
		assertThat(keptAway.selectFirst("#not-choosable-" + keptRef).text())
			.isEqualTo("Cannot be chosen: the organization itself asked to keep its request away from this provider, and "
					+ "nobody can override that.");
		assertThat(keptAway.select(".why li").eachText()).contains("The organization asked not to work with this provider.");
		assertThat(keptAway.selectFirst("#order-" + kept.id())).isNull();
		assertThat(keptAway.selectFirst("#reason-" + kept.id())).isNull();
		assertThat(page.html().selectFirst("#excluded-" + portugueseRef + " #order-" + portuguese.id())).isNotNull();
		assertThat(page.html().selectFirst("#not-choosable-" + portugueseRef)).isNull();

		// sent anyway, with a reason: refused with a clear message, what was typed kept, nothing written
		String current = page.html().selectFirst("input[name=current]").val();
		WebSession.Page refused = staff.post(path + "/choice", Map.of("current", current, "order[" + kept.id() + "]", "1",
				"reason[" + kept.id() + "]", "canary-They asked for them after all", "order[" + portuguese.id() + "]", "2",
				"reason[" + portuguese.id() + "]", "canary-Her colleague interprets"));
		assertThat(refused.html().selectFirst("#choice-error").text()).isEqualTo("The organization asked not to offer its "
				+ "request to a provider you chose. Nobody can override that: choose another provider.");
		assertThat(refused.html().selectFirst("#order-" + portuguese.id()).val()).isEqualTo("2");
		assertThat(refused.html().selectFirst("#reason-" + portuguese.id()).text()).isEqualTo("canary-Her colleague interprets");
		assertThat(refused.body()).doesNotContain("Exception");
		assertThat(count("match_choice where request_id = '" + request + "'")).isZero();
		assertThat(requestStatus(request)).isEqualTo("ASSESSING");

		// the JSON API says which exclusions can be overridden
		String read = token(staff, "matching:read");
		var api = visitor().send(apiRequest("/api/v1/matching/requests/" + request + "/recommendations?excluded=true", read)
			.GET().build());
		assertThat(api.status()).as(api.body()).isEqualTo(200);
		var exclusions = tools.jackson.databind.json.JsonMapper.builder().build().readTree(api.body()).path("exclusions");
		Map<String, Boolean> overridable = new LinkedHashMap<>();
		exclusions.forEach(x -> overridable.put(x.path("provider").asString(), x.path("overridable").asBoolean()));
		assertThat(overridable).containsEntry(kept.id().toString(), false).containsEntry(portuguese.id().toString(), true);

		// a batch edit cannot put the kept-away provider on the request either
		WebSession.Page proposed = staff.post("/staff/matching/batches", Map.of("placeAsMany", "true"));
		String batchPath = proposed.redirect().substring(proposed.redirect().indexOf("/staff/matching/batches/"));
		UUID batch = UUID.fromString(batchPath.substring(batchPath.lastIndexOf('/') + 1));
		List<UUID> rows = jdbc.sql("select request_id from match_batch_row where batch_id = :b order by position")
			.param("b", batch).query(UUID.class).list();
		int row = rows.indexOf(request);
		assertThat(row).isNotNegative();
		UUID before = jdbc.sql("select provider_id from match_batch_row where batch_id = :b and position = :p")
			.param("b", batch).param("p", row).query(UUID.class).list().get(0);
		assertThat(before).isNotEqualTo(kept.id());
		// the row may have nobody to change to (and then no form): the version as a stale page would send it
		String version = String.valueOf(jdbc.sql("select version from match_batch where id = :b").param("b", batch)
			.query(Long.class).single());
		WebSession.Page edit = staff.post(batchPath + "/rows/" + row, Map.of("provider", kept.id().toString(), "version", version));
		assertThat(edit.html().selectFirst("#row-" + row + " .field-error").text())
			.isEqualTo("This provider does not meet the constraints for this request.");
		assertThat(jdbc.sql("select provider_id from match_batch_row where batch_id = :b and position = :p")
			.param("b", batch).param("p", row).query(UUID.class).list().get(0)).isEqualTo(before);

		// the hub's own constraint (language) is still overridden with a reason, which is sealed
		WebSession.Page chosen = staff.post(path + "/choice", Map.of("current", current, "order[" + portuguese.id() + "]",
				"1", "reason[" + portuguese.id() + "]", "canary-Her colleague interprets"));
		assertThat(chosen.redirect()).as(chosen.text()).contains("chosen");
		assertThat(jdbc.sql("select provider_id from match_choice where request_id = :r").param("r", request)
			.query(UUID.class).single()).isEqualTo(portuguese.id());
		assertThat(requestStatus(request)).isEqualTo("HANDED_OVER");
		// the kept-away provider pauses, so that the other tests' batches do not place requests with them
		kept.web().get("/provider");
		assertThat(kept.web().post("/provider/pause", Map.of()).redirect()).contains("done=pause");
	}

	@Test
	void onlyStaffReachMatchingAndOnlyAdministratorsTheSettings() {
		WebSession staff = staff();
		UUID request = assessedRequest(staff, "es", "MX", "ACCOUNT_SECURITY");
		String path = "/staff/requests/" + request + "/matching";
		assertThat(visitor().get(path).redirect()).contains("/login");
		assertThat(visitor().post(path + "/choice", Map.of()).status()).isIn(302, 403);
		for (Role role : List.of(Role.ORG_MEMBER, Role.PROVIDER, Role.ADMIN, Role.ADVISORY)) {
			WebSession other = signedIn(role);
			assertThat(other.get(path).status()).as(role.name()).isEqualTo(403);
			assertThat(other.post(path + "/choice", Map.of("order[" + UUID.randomUUID() + "]", "1")).status())
				.as(role.name()).isEqualTo(403);
			assertThat(other.get("/staff/matching/batches").status()).as(role.name()).isEqualTo(403);
		}
		// a provider with an account cannot reach it either, nor choose themselves
		ActiveProvider provider = spanishSpecialist("Self Chooser " + UUID.randomUUID().toString().substring(0, 6));
		assertThat(provider.web().get(path).status()).isEqualTo(403);
		assertThat(provider.web().post(path + "/choice", Map.of("order[" + provider.id() + "]", "1")).status())
			.isEqualTo(403);
		assertThat(count("match_choice where request_id = '" + request + "'")).isZero();
		// settings: administrators only
		assertThat(staff.get("/admin/matching").status()).isEqualTo(403);
		assertThat(signedIn(Role.ADMIN).get("/admin/matching").status()).isEqualTo(200);
		// an unknown request is not found, not an error page with details
		WebSession.Page missing = staff.get("/staff/requests/" + UUID.randomUUID() + "/matching");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.body()).doesNotContain("Exception");
	}

	@Test
	void aBatchIsProposedOptimallyEditedWithinTheConstraintsAndApplied() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		ActiveProvider spanish = spanishSpecialist("Batch Spanish " + tag);
		ActiveProvider portuguese = portugueseOnly("Batch Portuguese " + tag);
		WebSession staff = staff();
		UUID first = assessedRequest(staff, "es", "MX", "ACCOUNT_SECURITY");
		UUID second = assessedRequest(staff, "pt", "BR", "ACCOUNT_SECURITY");

		assertThat(staff.post("/staff/matching/batches", Map.of("share", "500")).html().selectFirst("#batch-error").text())
			.isEqualTo("The share is a whole number from 1 to 100.");
		WebSession.Page proposed = staff.post("/staff/matching/batches", Map.of("placeAsMany", "true"));
		assertThat(proposed.redirect()).contains("/staff/matching/batches/");
		String batchPath = proposed.redirect().substring(proposed.redirect().indexOf("/staff/matching/batches/"));
		UUID batch = UUID.fromString(batchPath.substring(batchPath.lastIndexOf('/') + 1));
		WebSession.Page page = staff.get(batchPath);
		assertThat(page.html().selectFirst("#optimal").text()).contains("placed, total score");
		assertThat(page.html().selectFirst("#greedy").text()).contains("placed, total score");
		List<UUID> requests = jdbc.sql("select request_id from match_batch_row where batch_id = :b order by position")
			.param("b", batch).query(UUID.class).list();
		assertThat(requests).contains(first, second);
		int firstRow = requests.indexOf(first);
		int secondRow = requests.indexOf(second);
		assertThat(providerOnRow(batch, firstRow)).isEqualTo(spanish.id());
		assertThat(providerOnRow(batch, secondRow)).isEqualTo(portuguese.id());
		String version = page.html().selectFirst("input[name=version]").val();

		// the Portuguese-only provider for the Spanish request breaks a constraint: refused, nothing changed
		WebSession.Page refused = staff.post(batchPath + "/rows/" + firstRow,
				Map.of("provider", portuguese.id().toString(), "version", version));
		assertThat(refused.html().selectFirst("#row-" + firstRow + " .field-error").text())
			.isEqualTo("This provider does not meet the constraints for this request.");
		assertThat(providerOnRow(batch, firstRow)).isEqualTo(spanish.id());

		// nobody for the second request: the change shows against the proposal
		assertThat(staff.post(batchPath + "/rows/" + secondRow, Map.of("provider", "", "version", version)).redirect())
			.contains("edited");
		// an edit from the page as it was before is refused
		assertThat(staff.post(batchPath + "/rows/" + firstRow, Map.of("provider", "", "version", version)).html()
			.selectFirst("#batch-error").text()).isEqualTo("Someone changed this proposal meanwhile. Look at it again.");
		assertThat(providerOnRow(batch, firstRow)).isEqualTo(spanish.id());
		WebSession.Page edited = staff.get(batchPath);
		assertThat(edited.html().selectFirst("#row-" + secondRow).hasClass("changed")).isTrue();
		assertThat(edited.html().selectFirst("#row-" + secondRow).text()).contains("was Batch Portuguese " + tag);
		assertThat(edited.html().selectFirst("#changes").text()).startsWith("1 row changed");
		// a stale page cannot apply
		assertThat(staff.post(batchPath + "/apply", Map.of("version", version)).html().selectFirst("#batch-error").text())
			.isEqualTo("Someone changed this proposal meanwhile. Look at it again.");
		String newVersion = edited.html().selectFirst("input[name=version]").val();
		String applied = staff.post(batchPath + "/apply", Map.of("version", newVersion)).redirect();
		assertThat(applied).endsWith("?applied=1");
		assertThat(staff.get(applied).html().selectFirst("p.notice.ok").text()).isEqualTo("1 request matched.");
		// the count in the address is only shown when it is a number
		assertThat(staff.get(batchPath + "?applied=x").html().select("p.notice.ok")).isEmpty();
		assertThat(requestStatus(first)).isEqualTo("HANDED_OVER");
		assertThat(requestStatus(second)).isEqualTo("ASSESSING");
		assertThat(jdbc.sql("select provider_id from match_choice where request_id = :r").param("r", first)
			.query(UUID.class).single()).isEqualTo(spanish.id());

		// purging a request of the batch discards the proposal
		purges.purge(second, org.tandem.privacy.PurgeReason.STAFF);
		assertThat(count("match_batch where id = '" + batch + "'")).isZero();
	}

	@Test
	void administratorsPreviewAndSaveTheWeights() {
		WebSession admin = signedIn(Role.ADMIN);
		// more views than the connection pool holds: a page that kept its connection would stall here
		for (int i = 0; i < 12; i++) {
			assertThat(admin.get("/admin/matching").status()).isEqualTo(200);
		}
		WebSession.Page page = admin.get("/admin/matching");
		assertThat(page.html().selectFirst("input[name='weights[COVERAGE]']").val()).isNotEmpty();
		Map<String, String> form = new LinkedHashMap<>();
		for (var c : org.tandem.matching.engine.Component.values()) {
			form.put("weights[" + c.name() + "]", "0");
		}
		WebSession.Page allZero = admin.post("/admin/matching", form);
		assertThat(allZero.html().select(".notice.bad").eachText()).contains("At least one weight must be above 0.");
		form.put("weights[LOAD]", "lots");
		WebSession.Page bad = admin.post("/admin/matching/preview", form);
		assertThat(bad.html().selectFirst("input[name='weights[LOAD]']").val()).isEqualTo("lots");
		assertThat(bad.html().select(".field-error").eachText()).contains("A weight is a whole number from 0 to 100.");
		form.put("weights[LOAD]", "100");
		form.put("underserved", "EASTERN_AFRICA,CENTRAL_AMERICA");
		WebSession.Page preview = admin.post("/admin/matching/preview", form);
		assertThat(preview.html().selectFirst("#preview").text()).contains("with your changes");
		assertThat(count("match_weight where component = 'LOAD' and weight = 100")).isZero();
		// the fragment alone, for the script
		WebSession.Page fragment = admin.post("/admin/matching/preview", form, Map.of("X-Preview", "only"));
		assertThat(fragment.body()).contains("id=\"preview\"").doesNotContain("<nav");
		assertThat(admin.post("/admin/matching", form).redirect()).contains("saved");
		assertThat(jdbc.sql("select weight from match_weight where component = 'LOAD'").query(Integer.class).single())
			.isEqualTo(100);
		assertThat(jdbc.sql("select region from match_underserved_region order by region").query(String.class).list())
			.containsExactly("CENTRAL_AMERICA", "EASTERN_AFRICA");
		// back to the defaults for the other tests
		Map<String, String> defaults = new LinkedHashMap<>();
		for (var c : org.tandem.matching.engine.Component.values()) {
			defaults.put("weights[" + c.name() + "]", Integer.toString(c.defaultWeight()));
		}
		admin.post("/admin/matching", defaults);
	}

	@Test
	void theApiGivesRecommendationsAndBatchProposalsToStaffTokensWithTheScope() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		ActiveProvider spanish = spanishSpecialist("Api Spanish " + tag);
		WebSession staff = staff();
		UUID request = assessedRequest(staff, "es", "MX", "ACCOUNT_SECURITY");
		String read = token(staff, "matching:read");
		String write = token(staff, "matching:write");
		String requestsOnly = token(staff, "requests:read");
		String path = "/api/v1/matching/requests/" + request + "/recommendations?excluded=true";
		java.util.Locale spanishLocale = java.util.Locale.forLanguageTag("es");
		var ok = visitor().send(apiRequest(path, read).header("Accept-Language", "es").GET().build());
		assertThat(ok.status()).as(ok.body()).isEqualTo(200);
		assertThat(ok.body()).contains(spanish.id().toString()).contains("\"key\":\"matching.why.languages\"")
			.contains(messages.getMessage("matching.why.specialist",
					new Object[] { messages.getMessage("directory.service.account_security", null, spanishLocale) },
					spanishLocale));
		assertThat(visitor().send(apiRequest(path, requestsOnly).GET().build()).status()).isEqualTo(403);
		assertThat(visitor().send(apiRequest(path, "tdm_not-a-token").GET().build()).status()).isEqualTo(401);
		var post = java.net.http.HttpRequest.BodyPublishers.ofString("{\"placeAsMany\":true}");
		assertThat(visitor().send(apiRequest("/api/v1/matching/batches", read).header("Content-Type", "application/json")
			.POST(post).build()).status()).isEqualTo(403);
		var created = visitor().send(apiRequest("/api/v1/matching/batches", write).header("Content-Type", "application/json")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"placeAsMany\":true}")).build());
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.body()).contains("\"optimal\"").contains("\"greedy\"").contains(request.toString());
		var bad = visitor().send(apiRequest("/api/v1/matching/batches", write).header("Content-Type", "application/json")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"maxSharePercent\":0}")).build());
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("The share is a whole number from 1 to 100.").doesNotContain("Exception");
		// another staff member's token of an account without the staff role: refused
		WebSession member = signedIn(Role.ORG_MEMBER);
		assertThat(token(member, "matching:read")).isNull();
	}

	private UUID providerOnRow(UUID batch, int position) {
		return jdbc.sql("select provider_id from match_batch_row where batch_id = :b and position = :p")
			.param("b", batch).param("p", position).query(UUID.class).single();
	}

	String reference(UUID provider) {
		return jdbc.sql("select reference from provider where id = :id").param("id", provider).query(String.class).single();
	}

}
