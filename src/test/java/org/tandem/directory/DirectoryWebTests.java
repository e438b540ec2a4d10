package org.tandem.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.MessageSource;
import org.tandem.platform.Role;
import org.tandem.platform.Secrets;
import org.tandem.support.TestMail;
import org.tandem.support.ProviderNetwork.ActiveProvider;
import org.tandem.support.WebSession;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DirectoryWebTests extends DirectoryTestSupport {

	@Autowired
	MessageSource messages;

	@Test
	void badApplicationsGetClearMessagesKeepWhatWasTypedAndWriteNothing() {
		WebSession applicant = visitor();
		String nonce = applicant.get("/providers/apply").html().selectFirst("input[name=nonce]").val();
		long before = count("provider");
		Map<String, String> form = validApplication("not-an-address");
		form.put("nonce", nonce);
		form.put("openpgpKey", "-----BEGIN PGP PUBLIC KEY BLOCK-----\nnot a key\n-----END PGP PUBLIC KEY BLOCK-----");
		form.remove("services[SECURITY_AUDIT]");
		form.remove("services[TRAINING]");
		form.put("agreements", "VALUES");
		form.put("capacity.maxEngagements", "500");
		form.put("retention.periods[REPORTS]", "");
		form.put("expertise", "canary-kept expertise");
		WebSession.Page refused = applicant.post("/providers/apply", form);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.html().select(".field-error").eachText()).contains(
				"Please enter a valid email address, like name@example.org.",
				"This is not an OpenPGP public key block (version 4 or 6) that can be read.",
				"Choose at least one service.", "Accept every agreement to apply.",
				"Enter a number in the allowed range.", "Answer every line of the checklist.");
		assertThat(refused.body()).doesNotContain("Exception").doesNotContain("Failed to convert");
		assertThat(refused.html().selectFirst("textarea[name=expertise]").text()).isEqualTo("canary-kept expertise");
		assertThat(refused.html().selectFirst("input[name=email]").val()).isEqualTo("not-an-address");
		assertThat(refused.html().selectFirst("select[name=languages[pt]] option[selected]").val()).isEqualTo("NATIVE");
		assertThat(refused.html().selectFirst("input[name=agreements][value=VALUES]").hasAttr("checked")).isTrue();
		assertThat(count("provider")).isEqualTo(before);

		// the same page in Spanish says it in Spanish
		WebSession spanish = visitor();
		spanish.get("/providers/apply?lang=es");
		Map<String, String> empty = validApplication(newEmail());
		empty.put("displayName", "");
		assertThat(spanish.post("/providers/apply?lang=es", empty).html().select(".field-error").eachText())
			.contains(messages.getMessage("validation.required", null, java.util.Locale.forLanguageTag("es")));

		// the honeypot refuses, a second send of the same page stores nothing more
		Map<String, String> robot = validApplication(newEmail());
		robot.put("homepage", "http://spam.example");
		WebSession bot = visitor();
		bot.get("/providers/apply");
		assertThat(bot.post("/providers/apply", robot).status()).isEqualTo(400);
		assertThat(count("provider")).isEqualTo(before);
		WebSession twice = visitor();
		Map<String, String> once = validApplication(newEmail());
		once.put("nonce", twice.get("/providers/apply").html().selectFirst("input[name=nonce]").val());
		assertThat(twice.post("/providers/apply", once).status()).isEqualTo(200);
		assertThat(twice.post("/providers/apply", once).text()).contains("already sent");
		assertThat(count("provider")).isEqualTo(before + 1);
	}

	@Test
	void theApplicationOffersReadableZonesCountryCheckboxesFoldsWhatIsOptionalAndListsWhatNeedsAttention() {
		WebSession applicant = visitor();
		var page = applicant.get("/providers/apply").html();
		// time zones: current ones only, named for people; "my country's" is chosen until something else is
		var zones = page.select("select[name=capacity.timeZone] option");
		assertThat(zones.eachAttr("value")).contains("America/Argentina/Buenos_Aires", "Europe/Kyiv", "UTC")
			.doesNotContain("America/Buenos_Aires", "Europe/Kiev", "US/Eastern");
		assertThat(page.selectFirst("select[name=capacity.timeZone] option[value=Europe/Paris]").text())
			.isEqualTo("(UTC+01:00) Paris — Central European Time");
		assertThat(page.selectFirst("select[name=capacity.timeZone] option[selected]").val()).isEmpty();
		assertThat(visitor().get("/providers/apply?lang=fr").html()
			.selectFirst("select[name=capacity.timeZone] option[value=Europe/Paris]").text())
			.isEqualTo("(UTC+01:00) Paris — heure d’Europe centrale");
		assertThat(visitor().get("/providers/apply?lang=ar").html()
			.selectFirst("select[name=capacity.timeZone] option[value=Europe/Paris]").text())
			.contains("باريس", "توقيت وسط أوروبا");
		// countries: checkboxes by region, folded; no multiple select needing Ctrl anywhere
		assertThat(page.select("select[multiple]")).isEmpty();
		assertThat(page.select("#jurisdictions input[type=checkbox][name=jurisdictions]"))
			.hasSize(java.util.Locale.getISOCountries().length);
		assertThat(page.select("#jurisdictions details[open]")).isEmpty();
		// the languages beyond the first five, communities and conflicts are folded
		assertThat(page.select("#languages > ul select")).hasSize(5);
		assertThat(page.select("#languages details:not([open]) select")).hasSizeGreaterThan(20);

		Map<String, String> form = validApplication("not-an-address");
		form.put("nonce", page.selectFirst("input[name=nonce]").val());
		form.put("residenceCountry", "LB");
		form.remove("capacity.timeZone");
		form.put("jurisdictions", "FR,LB");
		form.put("languages[fa]", "WORKING");
		form.remove("services[SECURITY_AUDIT]");
		form.remove("services[TRAINING]");
		form.remove("agreements");
		WebSession.Page refused = applicant.post("/providers/apply", form);
		assertThat(refused.status()).isEqualTo(400);
		var html = refused.html();
		// each field that needs attention is a link to it, with its label
		var links = html.select("#error-summary a");
		assertThat(links).extracting(a -> a.attr("href") + " " + a.text()).contains(
				"#email Email: Please enter a valid email address, like name@example.org.",
				"#services Services: Choose at least one service.",
				"#agreements Agreements: Accept every agreement to apply.");
		assertThat(links.eachAttr("href")).allSatisfy(href -> assertThat(html.getElementById(href.substring(1)))
			.as(href).isNotNull());
		assertThat(html.selectFirst("#error-summary").attr("tabindex")).isEqualTo("-1");
		// what was typed is kept: the countries ticked (their regions open), the language beyond the first five
		// shown, the zone of Lebanon chosen since none was
		assertThat(html.select("#jurisdictions input[checked]").eachAttr("value")).containsExactlyInAnyOrder("FR", "LB");
		assertThat(html.select("#jurisdictions details[open] > summary").eachText())
			.contains("Western Europe", "Western Asia");
		assertThat(html.selectFirst("#jurisdictions-chosen").text()).contains("France", "Lebanon");
		assertThat(html.select("#languages > ul select[name=languages[fa]] option[selected]").eachAttr("value"))
			.containsExactly("WORKING");
		assertThat(html.selectFirst("select[name=capacity.timeZone] option[selected]").val()).isEqualTo("Asia/Beirut");
		assertThat(html.selectFirst("input[name=email]").val()).isEqualTo("not-an-address");
	}

	@Test
	void jurisdictionsGoBackAndForthAsCheckboxesAndAnOldZoneNameStillShows() {
		ActiveProvider active = network.activeProvider(
				Map.of("jurisdictions", "FR,LB", "capacity.timeZone", "America/Buenos_Aires", "residenceCountry", "AR"));
		assertThat(jdbc.sql("select time_zone from provider where id = :id").param("id", active.id()).query(String.class)
			.single()).isEqualTo("America/Buenos_Aires");
		// the old name shows as its current zone, Argentina's zones first among theirs
		var home = active.web().get("/provider").html();
		assertThat(home.selectFirst("select[name=timeZone] option[selected]").val()).isEqualTo("America/Argentina/Buenos_Aires");
		assertThat(home.selectFirst("select[name=timeZone] option[selected]").text()).startsWith("(UTC-03:00) Buenos Aires");

		WebSession.Page profile = active.web().get("/provider/profile");
		assertThat(profile.html().select("#jurisdictions input[checked]").eachAttr("value"))
			.containsExactlyInAnyOrder("FR", "LB");
		Map<String, String> form = formOf(profile);
		assertThat(form.get("jurisdictions").split(",")).containsExactlyInAnyOrder("FR", "LB");
		form.put("jurisdictions", "LB,PT");
		assertThat(active.web().post("/provider/profile", form).redirect()).contains("done=profile");
		assertThat(active.web().get("/provider/profile").html().select("#jurisdictions input[checked]").eachAttr("value"))
			.containsExactlyInAnyOrder("LB", "PT");
		// none ticked is none
		form.remove("jurisdictions");
		assertThat(active.web().post("/provider/profile", form).redirect()).contains("done=profile");
		assertThat(active.web().get("/provider/profile").html().select("#jurisdictions input[checked]")).isEmpty();
	}

	@Test
	void anApplicationIsSealedWithItsAgreementsAndLedgerAndAReceiptGoesOut() {
		String email = newEmail();
		UUID id = apply(validApplication(email));
		byte[] sealed = jdbc.sql("select contact_email from provider where id = :id").param("id", id).query(byte[].class).single();
		assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain(email);
		byte[] referees = jdbc.sql("select referees from provider where id = :id").param("id", id).query(byte[].class).single();
		assertThat(new String(referees, StandardCharsets.ISO_8859_1)).doesNotContain("canary");
		assertThat(jdbc.sql("select openpgp_fingerprint from provider where id = :id").param("id", id).query(String.class).single())
			.isEqualTo(fingerprint("one"));

		List<Map<String, Object>> agreements = jdbc.sql("select agreement, agreement_version, language, text, text_sha256 "
				+ "from provider_agreement where provider_id = :id").param("id", id).query().listOfRows();
		assertThat(agreements).hasSize(6);
		for (Map<String, Object> row : agreements) {
			String key = "directory.agreement." + row.get("agreement").toString().toLowerCase() + ".v1";
			assertThat(row.get("text")).isEqualTo(messages.getMessage(key, null, java.util.Locale.ENGLISH));
			assertThat(row.get("text_sha256")).isEqualTo(Secrets.sha256Hex((String) row.get("text")));
			assertThat(row.get("language")).isEqualTo("en");
		}
		assertThat(jdbc.sql("select kind from provider_ledger where provider_id = :id").param("id", id).query(String.class).list())
			.containsOnly("APPLIED", "AGREEMENT_ACCEPTED").hasSize(7);
		String reference = jdbc.sql("select reference from provider where id = :id").param("id", id).query(String.class).single();
		String receipt = TestMail.awaitBody(email, reference);
		assertThat(receipt).doesNotContain("canary").doesNotContain("Ana Souza");
	}

	@Test
	void anApplicantBecomesAnActiveProviderWithCapacityPausesAndAPublicListing() {
		String email = newEmail();
		UUID id = apply(validApplication(email));
		WebSession staff = signedIn(Role.STAFF);
		WebSession.Page detail = staff.get("/staff/providers/" + id);
		assertThat(detail.html().selectFirst("#current-status").text()).isEqualTo("Applicant");
		assertThat(detail.html().selectFirst("#response-time").text()).isEqualTo("Within a week");
		decide(staff, id, "review", Map.of());
		assertThat(status(id)).isEqualTo("UNDER_REVIEW");
		WebSession provider = acceptInvitation(email);
		assertThat(jdbc.sql("select account_id is not null from provider where id = :id").param("id", id)
			.query(Boolean.class).single()).isTrue();

		// not yet: no vouch at all, then only a staff vouch
		assertThat(decide(staff, id, "vet", Map.of()).text())
			.contains("Not every vetting requirement is met yet.");
		decide(staff, id, "vouch", Map.of("text", "Worked together on an audit."));
		assertThat(decide(staff, id, "vet", Map.of()).text())
			.contains("Not every vetting requirement is met yet.");
		assertThat(decide(staff, id, "vouch", Map.of("text", "Again")).text())
			.contains("You already vouched for this provider.");

		// an advisory member vouches; what they see holds nobody’s contact or another voucher’s words
		WebSession advisory = signedIn(Role.ADVISORY);
		assertThat(advisory.get("/vouching").text()).contains("Ana Souza");
		WebSession.Page summary = advisory.get("/vouching/" + id);
		assertThat(summary.html().selectFirst("#ledger-summary")).isNotNull();
		assertThat(summary.body()).doesNotContain(email).doesNotContain("Worked together").doesNotContain("canary");
		assertThat(advisory.post("/vouching/" + id, Map.of("text", "")).text()).contains("Please fill in this field.");
		assertThat(advisory.post("/vouching/" + id, Map.of("text", "We trained journalists together.")).redirect())
			.contains("vouched");

		assertThat(decide(staff, id, "activate", Map.of()).text())
			.contains("That step is not possible from the current status.");
		decide(staff, id, "vet", Map.of());
		decide(staff, id, "activate", Map.of());
		assertThat(status(id)).isEqualTo("ACTIVE");
		assertThat(jdbc.sql("select kind from provider_ledger where provider_id = :id order by recorded_at, id")
			.param("id", id).query(String.class).list()).contains("REVIEW_STARTED", "INVITED", "ACCOUNT_LINKED",
					"VOUCHED", "VETTED", "ACTIVATED");

		// the provider sets capacity (a bad value is refused and kept) and a pause that starts today
		WebSession.Page home = provider.get("/provider");
		assertThat(home.html().selectFirst("#current-status").text()).isEqualTo("Active");
		WebSession.Page bad = provider.post("/provider/capacity",
				Map.of("maxEngagements", "-1", "hoursPerMonth", "30", "timeZone", "Europe/Lisbon", "fees", "PAID"));
		assertThat(bad.text()).contains("Enter a number in the allowed range.");
		assertThat(bad.html().selectFirst("input[name=maxEngagements]").val()).isEqualTo("-1");
		provider.post("/provider/capacity", Map.of("maxEngagements", "3", "hoursPerMonth", "30", "timeZone",
				"Europe/Lisbon", "fees", "PAID", "responseTime", "WITHIN_TWO_DAYS"));
		assertThat(jdbc.sql("select max_engagements from provider where id = :id").param("id", id).query(Integer.class).single())
			.isEqualTo(3);
		assertThat(jdbc.sql("select response_time from provider where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("WITHIN_TWO_DAYS");
		assertThat(provider.get("/provider").html().selectFirst("select[name=responseTime] option[selected]").val())
			.isEqualTo("WITHIN_TWO_DAYS");
		assertThat(staff.get("/staff/providers/" + id).html().selectFirst("#response-time").text())
			.isEqualTo("Within two days");
		String name = jdbc.sql("select display_name from provider where id = :id").param("id", id).query(String.class).single();
		assertThat(staff.get("/staff/providers?free=true&service=SECURITY_AUDIT&specialist=true&language=pt").text()).contains(name);
		LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
		provider.get("/provider");
		assertThat(provider.post("/provider/pauses", Map.of("startsOn", today.toString(), "endsOn", today.minusDays(1).toString())).text())
			.contains("The pause must end on or after its first day.");
		provider.post("/provider/pauses", Map.of("startsOn", today.toString(), "endsOn", today.plusDays(7).toString()));
		assertThat(staff.get("/staff/providers?free=true&service=SECURITY_AUDIT").text()).doesNotContain(name);
		assertThat(staff.get("/staff/providers?service=SECURITY_AUDIT").text()).contains(name);

		// the public listing shows only what the provider chose to publish, and only while they are active
		assertThat(visitor().get("/providers?language=pt").text()).doesNotContain(name);
		provider.get("/provider");
		provider.post("/provider/listing", Map.of("listed", "true", "summary", "Audits for newsrooms.", "contact", "signal: ana.42"));
		WebSession.Page listing = visitor().get("/providers?language=pt&service=SECURITY_AUDIT&country=BR");
		assertThat(listing.text()).contains(name).contains("Audits for newsrooms.").contains("signal: ana.42");
		assertThat(listing.body()).doesNotContain(email).doesNotContain("canary").doesNotContain("5555");
		assertThat(visitor().get("/providers?language=fa").text()).doesNotContain(name);
		assertThat(visitor().get("/providers?region=SOUTH_AMERICA").text()).contains(name);
		assertThat(visitor().get("/providers?region=EASTERN_AFRICA").text()).doesNotContain(name);
		assertThat(staff.get("/staff/providers?region=SOUTH_AMERICA&service=SECURITY_AUDIT").text()).contains(name);
		provider.get("/provider");
		provider.post("/provider/pause", Map.of());
		assertThat(status(id)).isEqualTo("PAUSED");
		assertThat(visitor().get("/providers?language=pt").text()).doesNotContain(name);
	}

	@Test
	void everyPageIsForItsOwnPeople() {
		ActiveProvider active = activeProvider();
		UUID id = active.id();
		WebSession anonymous = visitor();
		for (String path : new String[] { "/staff/providers", "/staff/providers/" + id, "/vouching", "/vouching/" + id,
				"/provider", "/provider/profile", "/provider/agreements" }) {
			assertThat(anonymous.get(path).redirect()).as(path).contains("/login");
		}

		// another provider, not vetted: no staff pages, no vouching, and their own pages only ever show their own record
		String otherEmail = newEmail();
		UUID other = apply(validApplication(otherEmail));
		decide(active.staff(), other, "review", Map.of());
		WebSession otherProvider = acceptInvitation(otherEmail);
		assertThat(otherProvider.get("/staff/providers/" + id).status()).isEqualTo(403);
		otherProvider.get("/provider");
		assertThat(decide(otherProvider, id, "vet", Map.of()).status()).isEqualTo(403);
		assertThat(otherProvider.get("/vouching").html().selectFirst("#vouching-closed")).isNotNull();
		assertThat(otherProvider.get("/vouching").body()).doesNotContain(active.email());
		assertThat(otherProvider.get("/vouching/" + id).status()).isEqualTo(404);
		assertThat(otherProvider.get("/provider").body()).doesNotContain(active.email());

		// a vetted provider can vouch for the other, but never reads its ledger summary or its contacts
		WebSession.Page asPeer = active.web().get("/vouching/" + other);
		assertThat(asPeer.status()).isEqualTo(200);
		assertThat(asPeer.html().selectFirst("#ledger-summary")).isNull();
		assertThat(asPeer.body()).doesNotContain(otherEmail).doesNotContain("canary");
		assertThat(active.web().get("/vouching/" + id).status()).isEqualTo(404);
		assertThat(active.web().post("/vouching/" + id, Map.of("text", "Me")).status()).isIn(403, 404);
		assertThat(active.web().get("/staff/providers/" + other).status()).isEqualTo(403);

		// advisory members vouch but never reach organization data; organization members reach nothing here
		WebSession advisory = signedIn(Role.ADVISORY);
		assertThat(advisory.get("/staff/providers/" + id).status()).isEqualTo(403);
		assertThat(advisory.get("/staff/requests").status()).isEqualTo(403);
		assertThat(advisory.get("/staff/organizations").status()).isEqualTo(403);
		WebSession member = signedIn(Role.ORG_MEMBER);
		assertThat(member.get("/vouching/" + id).status()).isEqualTo(403);
		assertThat(member.get("/provider").status()).isEqualTo(403);
		assertThat(member.get("/staff/providers").status()).isEqualTo(403);
		// staff of the hub who are administrators only do not run the network
		assertThat(signedIn(Role.ADMIN).get("/staff/providers/" + id).status()).isEqualTo(403);
	}

	@Test
	void vettingExpiresAsksForRenewalAndChangesOfVettedFactsGoThroughReview() {
		ActiveProvider active = activeProvider();
		UUID id = active.id();
		java.time.Instant until = jdbc.sql("select vetted_until from provider where id = :id").param("id", id)
			.query(java.sql.Timestamp.class).single().toInstant();
		expiry.applyAt(until.minus(java.time.Duration.ofDays(10)));
		assertThat(status(id)).isEqualTo("ACTIVE");
		assertThat(TestMail.awaitBody(active.email(), "expires soon")).contains("/provider");
		expiry.applyAt(until.minus(java.time.Duration.ofDays(9)));
		assertThat(jdbc.sql("select count(*) from provider_ledger where provider_id = :id and kind = 'RENEWAL_NOTICE'")
			.param("id", id).query(Long.class).single()).isEqualTo(1);
		expiry.applyAt(until.plusSeconds(1));
		assertThat(status(id)).isEqualTo("UNDER_REVIEW");
		assertThat(active.staff().get("/staff/providers/" + id).html().selectFirst("#review-reason").text())
			.contains("Vetting expired and must be renewed");
		TestMail.awaitBody(active.email(), "has expired");

		// renewed, then the provider changes their key: back to review, and staff see why
		decide(active.staff(), id, "vet", Map.of());
		decide(active.staff(), id, "activate", Map.of());
		assertThat(status(id)).isEqualTo("ACTIVE");
		WebSession.Page profile = active.web().get("/provider/profile");
		Map<String, String> form = formOf(profile);
		form.put("openpgpKey", key("two"));
		assertThat(active.web().post("/provider/profile", form).redirect()).contains("done=profile");
		assertThat(status(id)).isEqualTo("UNDER_REVIEW");
		assertThat(jdbc.sql("select openpgp_fingerprint from provider where id = :id").param("id", id).query(String.class).single())
			.isEqualTo(fingerprint("two"));
		assertThat(active.staff().get("/staff/providers/" + id).html().selectFirst("#review-reason").text())
			.contains("The OpenPGP key changed");

		// vetted again; a new service waits for staff, and applies only once approved
		decide(active.staff(), id, "vet", Map.of());
		form = formOf(active.web().get("/provider/profile"));
		form.put("services[INCIDENT_RESPONSE]", "SPECIALIST");
		active.web().post("/provider/profile", form);
		assertThat(status(id)).isEqualTo("VETTED");
		assertThat(services(id)).doesNotContain("INCIDENT_RESPONSE");
		WebSession.Page pending = active.staff().get("/staff/providers/" + id);
		assertThat(pending.html().selectFirst("#pending-change").text()).contains("Incident response");
		decide(active.staff(), id, "approve-change", Map.of());
		assertThat(services(id)).contains("INCIDENT_RESPONSE");
	}

	@Test
	void nobodyVouchesForTheirOwnRecordAndStaffDecideOnWhatTheySaw() {
		String email = newEmail();
		UUID id = apply(validApplication(email));
		WebSession staff = signedIn(Role.STAFF);
		decide(staff, id, "review");
		WebSession provider = acceptInvitation(email);
		// the provider also sits on the advisory committee: still no vouching for their own record
		UUID account = jdbc.sql("select account_id from provider where id = :id").param("id", id).query(UUID.class).single();
		jdbc.sql("insert into account_role (account_id, role) values (:a, 'ADVISORY')").param("a", account).update();
		assertThat(provider.get("/vouching/" + id).status()).isEqualTo(404);
		assertThat(provider.post("/vouching/" + id, Map.of("text", "I know my work")).status()).isEqualTo(404);
		assertThat(count("provider_vouch where provider_id = '" + id + "'")).isZero();

		// a decision sent from a page that is out of date is refused, and says so
		String shown = staff.get("/staff/providers/" + id).html().selectFirst("input[name=version]").val();
		decide(staff, id, "note", Map.of("text", "Called the first referee."));
		WebSession.Page stale = staff.post("/staff/providers/" + id + "/send-to-review", Map.of("text", "x", "version", shown));
		assertThat(stale.redirect()).contains("changedMeanwhile");
		assertThat(staff.get(stale.redirect()).text()).contains(
				messages.getMessage("intake.detail.changedMeanwhile", null, java.util.Locale.ENGLISH));
		assertThat(jdbc.sql("select kind from provider_ledger where provider_id = :id order by seq").param("id", id)
			.query(String.class).list()).endsWith("NOTE").doesNotContain("SENT_TO_REVIEW");
	}

	@Test
	void renewalKeepsAProviderInServiceAndRetentionBeyondPolicyGoesToReview() {
		ActiveProvider active = activeProvider();
		UUID id = active.id();
		java.sql.Timestamp before = jdbc.sql("select vetted_until from provider where id = :id").param("id", id)
			.query(java.sql.Timestamp.class).single();
		assertThat(decide(active.staff(), id, "renew").redirect()).contains("done=renew");
		assertThat(status(id)).isEqualTo("ACTIVE");
		assertThat(jdbc.sql("select vetted_until from provider where id = :id").param("id", id)
			.query(java.sql.Timestamp.class).single()).isAfterOrEqualTo(before);
		assertThat(active.staff().get("/staff/providers/" + id).text()).contains("Vetting renewed");

		Map<String, String> retention = new java.util.LinkedHashMap<>();
		for (String item : new String[] { "CONTACT_DETAILS", "CASE_NOTES", "DEVICE_DATA", "REPORTS", "COMMUNICATIONS" }) {
			retention.put("periods[" + item + "]", "DAYS_30");
		}
		retention.put("periods[DEVICE_DATA]", "LONGER");
		active.web().get("/provider/agreements");
		active.web().post("/provider/retention", retention);
		assertThat(status(id)).isEqualTo("UNDER_REVIEW");
		assertThat(active.staff().get("/staff/providers/" + id).html().selectFirst("#review-reason").text())
			.contains("The data-retention practice goes beyond the hub’s policy");
		assertThat(decide(active.staff(), id, "vet").text()).contains("Not every vetting requirement is met yet.");
	}

	@Test
	void offboardingEndsTheProvidersAccessAndErasingAsksToConfirm() {
		ActiveProvider active = activeProvider();
		UUID id = active.id();
		UUID account = jdbc.sql("select account_id from provider where id = :id").param("id", id).query(UUID.class).single();
		assertThat(decide(active.staff(), id, "offboard", Map.of("text", "Left the field.")).redirect()).contains("done=offboard");
		assertThat(status(id)).isEqualTo("OFFBOARDED");
		assertThat(jdbc.sql("select count(*) from account_role where account_id = :a and role = 'PROVIDER'")
			.param("a", account).query(Long.class).single()).isZero();
		assertThat(active.web().get("/provider").redirect()).contains("/login");

		WebSession.Page unconfirmed = active.staff().post("/staff/providers/" + id + "/erase", Map.of());
		assertThat(unconfirmed.text()).contains("Tick the box to confirm: erasing cannot be undone.");
		assertThat(status(id)).isEqualTo("OFFBOARDED");
		active.staff().get("/staff/providers/" + id);
		WebSession.Page erased = active.staff().post("/staff/providers/" + id + "/erase", Map.of("confirm", "true"));
		assertThat(erased.redirect()).startsWith("/privacy/receipts/");
		assertThat(count("provider where id = '" + id + "'")).isZero();
		assertThat(count("provider_ledger where provider_id = '" + id + "'")).isZero();
		assertThat(active.staff().get(erased.redirect()).text()).contains("Vetting ledger entries");
	}

	@Autowired
	org.tandem.directory.domain.VettingExpiry expiry;

	@Test
	void theJsonApiIsForStaffTokensWithTheScope() {
		String email = newEmail();
		UUID id = apply(validApplication(email));
		String name = jdbc.sql("select display_name from provider where id = :id").param("id", id).query(String.class).single();
		WebSession staff = signedIn(Role.STAFF);
		staff.get("/account/tokens");
		String token = staff.post("/account/tokens", Map.of("name", "directory script", "scopes", "providers:read", "days", "7"))
			.html().selectFirst("code.secret").text();
		WebSession.Page list = api("/api/v1/providers?status=APPLICANT&service=SECURITY_AUDIT&specialist=true&language=pt&country=BR", token);
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains("\"displayName\":\"" + name + "\"").doesNotContain(email).doesNotContain("canary");
		assertThat(api("/api/v1/providers?status=ACTIVE", token).body()).doesNotContain(name);
		WebSession.Page one = api("/api/v1/providers/" + id, token);
		assertThat(one.status()).isEqualTo(200);
		assertThat(one.body()).contains(email, fingerprint("one"), "\"status\":\"APPLICANT\"", "\"APPLIED\"")
			.doesNotContain("canary-Referee");
		assertThat(api("/api/v1/providers/" + UUID.randomUUID(), token).status()).isEqualTo(404);
		assertThat(api("/api/v1/providers", null).status()).isEqualTo(401);
		for (Role role : new Role[] { Role.PROVIDER, Role.ADVISORY, Role.ADMIN }) {
			WebSession web = signedIn(role);
			web.get("/account/tokens");
			assertThat(web.post("/account/tokens", Map.of("name", "x", "scopes", "providers:read", "days", "7")).text())
				.as(role.name()).contains("One of the scopes is not available to you.");
			String own = web.post("/account/tokens", Map.of("name", "y", "scopes", "account:read", "days", "7"))
				.html().selectFirst("code.secret").text();
			assertThat(api("/api/v1/providers/" + id, own).status()).as(role.name()).isEqualTo(403);
		}
	}

	private WebSession.Page api(String path, String token) {
		var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(visitor().base() + path)).GET();
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return visitor().send(request.build());
	}

	private List<String> services(UUID id) {
		return jdbc.sql("select service from provider_service where provider_id = :id").param("id", id).query(String.class).list();
	}

	/** The fields of the profile form as the page filled them in. */
	private static Map<String, String> formOf(WebSession.Page page) {
		Map<String, String> form = new java.util.LinkedHashMap<>();
		var html = page.html().selectFirst("form[action$=/provider/profile]");
		for (var input : html.select("input[name], textarea[name], select[name]")) {
			String name = input.attr("name");
			if (name.equals("_csrf")) {
				continue;
			}
			String value;
			if (input.tagName().equals("select")) {
				value = String.join(",", input.select("option[selected]").eachAttr("value"));
			}
			else if (input.tagName().equals("textarea")) {
				value = input.wholeText();
			}
			else if (input.attr("type").equals("checkbox") || input.attr("type").equals("radio")) {
				if (!input.hasAttr("checked")) {
					continue;
				}
				value = input.val();
			}
			else {
				value = input.val();
			}
			if (value.isEmpty() && input.tagName().equals("select")) {
				continue;
			}
			form.merge(name, value, (a, b) -> a + "," + b);
		}
		return form;
	}

}
