package org.tandem.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.util.ReflectionTestUtils;
import org.tandem.handoff.domain.FollowUps;
import org.tandem.privacy.PurgeService;
import org.tandem.privacy.RetentionService;
import org.tandem.support.ProviderNetwork.ActiveProvider;
import org.tandem.support.WebSession;

/**
 * The counters that outlive purged requests, on H2 and PostgreSQL: confirmed handoffs counted by quarter, region group
 * and service group; each side's last survey answers counted once, when the request is purged (by the retention
 * period, or at once for an anonymous request), only for an organization that consented and a provider who did not
 * ask to be left out; never free text; never twice, even when a purge is interrupted or asked again.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = PurgeContext.OWN)
class HandoffCountingTests extends HandoffTestSupport {

	/** Mexico, account security, an introduction, confirmed the same day. */
	static final String CELL = "approach = 'INTRODUCTION' and service_group = 'PREVENT' and region_group = 'AMERICAS' "
			+ "and quarter_start = :quarter and days_bucket = '0-7'";

	@Autowired
	FollowUps followUps;

	@Autowired
	PurgeService purges;

	@Autowired
	RetentionService retention;

	@AfterEach
	void noInterruptions() {
		interruptPurgesWith(step -> {
		});
	}

	@Test
	void aConsentingOrganizationsAndAProvidersLastAnswersAreCountedOnceWhenTheClosedRequestIsPurged() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		ActiveProvider provider = provider("Counted " + tag);
		WebSession staff = staff();
		Requester requester = requester(staff, false, Map.of("countAnswers", "true"));
		assertThat(consent(requester.id())).isTrue();
		long tally = tally(false);

		confirmContact(staff, requester, provider);
		// the confirmed handoff is counted by quarter, region group, service group and buckets, nothing finer
		assertThat(tally(false)).isEqualTo(tally + 1);
		followUpsFallDue(requester.id());

		// the organization's survey shows its consent ticked; a refused answer keeps what was ticked and typed
		List<String> surveys = organizationSurveys(requester);
		assertThat(surveys).hasSize(2);
		WebSession.Page first = requester.web().get(surveys.get(0));
		assertThat(first.html().selectFirst("input[name=counted]").hasAttr("checked")).isTrue();
		assertThat(first.html().selectFirst("#counted-hint").text()).contains("nobody can be singled out");
		WebSession.Page refused = requester.web().post(surveys.get(0), Map.of("planResulted", "YES",
				"recommends", "YES", "comment", "canary-Counted " + tag, "counted", "true", "_counted", "on"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.html().selectFirst("input[name=counted]").hasAttr("checked")).isTrue();
		assertThat(refused.html().selectFirst("textarea[name=comment]").text()).isEqualTo("canary-Counted " + tag);
		answer(requester.web(), surveys.get(0), "3", "YES", true, "canary-Counted " + tag);
		answer(requester.web(), surveys.get(1), "5", "NO", true, "canary-Counted " + tag);
		assertThat(consent(requester.id())).isTrue();
		// the provider's survey shows their setting, ticked unless they asked not to be counted
		for (UUID survey : providerSurveys(requester.id())) {
			WebSession.Page page = provider.web().get("/provider/handoffs/follow-ups/" + survey);
			assertThat(page.html().selectFirst("input[name=counted]").hasAttr("checked")).isTrue();
			answer(provider.web(), "/provider/handoffs/follow-ups/" + survey, "4", "UNSURE", true, "canary-Work " + tag);
		}
		assertThat(requestStatus(requester.id())).isEqualTo("HANDED_OVER");

		long organization = outcome("ORGANIZATION", "5", "NO");
		long organizations = outcomes("ORGANIZATION");
		long providerCell = outcome("PROVIDER", "4", "UNSURE");
		long providers = outcomes("PROVIDER");
		// nothing is counted while the request exists
		assertThat(outcomes("ORGANIZATION") + outcomes("PROVIDER")).isEqualTo(organizations + providers);

		retentionEnds(requester.id());
		assertThat(count("handoff_follow_up", requester.id())).isZero();
		assertThat(outcome("ORGANIZATION", "5", "NO")).isEqualTo(organization + 1);
		assertThat(outcomes("ORGANIZATION")).isEqualTo(organizations + 1);
		assertThat(outcome("PROVIDER", "4", "UNSURE")).isEqualTo(providerCell + 1);
		assertThat(outcomes("PROVIDER")).isEqualTo(providers + 1);
		// the counters hold no free text: only these columns, and no marker in any value
		assertThat(jdbc.sql("""
				select lower(column_name) from information_schema.columns
				where lower(table_name) = 'handoff_outcome_tally' order by 1""").query(String.class).list())
			.containsExactlyInAnyOrder("side", "approach", "service_group", "region_group", "quarter_start",
					"days_bucket", "usefulness", "recommends", "handoffs");
		assertThat(jdbc.sql("select * from handoff_outcome_tally").query().listOfRows().toString()).doesNotContain(tag);

		// asked again, the purge finds its parts done and counts nothing more
		purges.purge(requester.id(), org.tandem.privacy.PurgeReason.RETENTION);
		retention.applyAll();
		assertThat(outcomes("ORGANIZATION")).isEqualTo(organizations + 1);
		assertThat(outcomes("PROVIDER")).isEqualTo(providers + 1);
	}

	@Test
	void anOrganizationThatDidNotConsentAndAProviderWhoAskedNotToBeCountedAddNothing() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		ActiveProvider provider = provider("Not counted " + tag);
		WebSession staff = staff();

		// the provider asks, on their page, not to be counted; only they can, and only for themselves
		WebSession.Page home = provider.web().get("/provider");
		assertThat(home.html().selectFirst("input[name=counted]").hasAttr("checked")).isTrue();
		WebSession visitor = visitor();
		visitor.get("/request");
		assertThat(visitor.post("/provider/counting", Map.of("_counted", "on")).redirect()).contains("/login");
		WebSession other = staff();
		other.get("/staff/providers");
		assertThat(other.post("/provider/counting", Map.of("_counted", "on")).status()).isEqualTo(403);
		assertThat(providerCounted(provider.id())).isTrue();
		WebSession.Page bad = provider.web().post("/provider/counting", Map.of("counted", "maybe"));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.text()).contains("Tick the box or leave it empty, then save.").doesNotContain("Exception");
		assertThat(providerCounted(provider.id())).isTrue();
		provider.web().get("/provider");
		assertThat(provider.web().post("/provider/counting", Map.of("_counted", "on")).redirect())
			.contains("done=counting");
		assertThat(providerCounted(provider.id())).isFalse();
		assertThat(provider.web().get("/provider").html().selectFirst("input[name=counted]").hasAttr("checked"))
			.isFalse();

		// the organization did not tick the box on the form: it is unticked on its surveys too
		Requester requester = requester(staff, false, Map.of());
		assertThat(consent(requester.id())).isFalse();
		confirmContact(staff, requester, provider);
		followUpsFallDue(requester.id());
		for (String survey : organizationSurveys(requester)) {
			assertThat(requester.web().get(survey).html().selectFirst("input[name=counted]").hasAttr("checked"))
				.isFalse();
			answer(requester.web(), survey, "2", "NO", false, "canary-Not counted " + tag);
		}
		for (UUID survey : providerSurveys(requester.id())) {
			WebSession.Page page = provider.web().get("/provider/handoffs/follow-ups/" + survey);
			assertThat(page.html().selectFirst("input[name=counted]").hasAttr("checked")).isFalse();
			answer(provider.web(), "/provider/handoffs/follow-ups/" + survey, "1", "NO", false, "canary-" + tag);
		}
		long organizations = outcomes("ORGANIZATION");
		long providers = outcomes("PROVIDER");

		retentionEnds(requester.id());
		assertThat(outcomes("ORGANIZATION")).isEqualTo(organizations);
		assertThat(outcomes("PROVIDER")).isEqualTo(providers);
	}

	@Test
	void anAnonymousRequestIsCountedOnceWhenPurgedAfterContactEvenIfThePurgeIsInterrupted() {
		for (String interruptedAfter : List.of("KEYS_DESTROYED", "participant:handoff")) {
			String tag = UUID.randomUUID().toString().substring(0, 6);
			ActiveProvider provider = provider("Anonymous " + tag);
			WebSession staff = staff();
			Requester requester = requester(staff, true, Map.of("countAnswers", "true"));
			long tally = tally(true);
			long organization = outcome("ORGANIZATION", "0", "NONE");
			long providerCell = outcome("PROVIDER", "0", "NONE");
			long organizations = outcomes("ORGANIZATION");
			long providers = outcomes("PROVIDER");
			interruptPurgesWith(step -> {
				if (step.equals(interruptedAfter)) {
					throw new IllegalStateException("interrupted after " + step);
				}
			});

			confirmContact(staff, requester, provider);

			// the purge stopped on its way; the next run of the purge job finishes it
			assertThat(requestStatus(requester.id())).as(interruptedAfter).isEqualTo("HANDED_OVER");
			interruptPurgesWith(step -> {
			});
			purges.finishPending();
			assertThat(jdbc.sql("select count(*) from help_request where id = :id").param("id", requester.id())
				.query(Long.class).single()).isZero();
			// asked again (the retention job sweeps confirmed anonymous requests too): nothing more
			purges.purge(requester.id(), org.tandem.privacy.PurgeReason.CONTACT_CONFIRMED);
			retention.applyAll();

			assertThat(tally(true)).as(interruptedAfter).isEqualTo(tally + 1);
			assertThat(outcome("ORGANIZATION", "0", "NONE")).as(interruptedAfter).isEqualTo(organization + 1);
			assertThat(outcome("PROVIDER", "0", "NONE")).as(interruptedAfter).isEqualTo(providerCell + 1);
			assertThat(outcomes("ORGANIZATION")).isEqualTo(organizations + 1);
			assertThat(outcomes("PROVIDER")).isEqualTo(providers + 1);
		}
	}

	// --- the journey ------------------------------------------------------------------------------------------------

	/** Staff choose the provider, who accepts; the organization shares its Signal number; both say they reached each other. */
	private void confirmContact(WebSession staff, Requester requester, ActiveProvider provider) {
		choose(staff, requester.id(), List.of(provider.id()));
		UUID offer = offer(requester.id(), provider.id());
		provider.web().get("/provider/handoffs/" + offer);
		assertThat(provider.web().post("/provider/handoffs/" + offer + "/accept", Map.of()).redirect())
			.contains("accepted");
		requester.web().get(requester.path() + "/introduction");
		assertThat(requester.web().post(requester.path() + "/introduction",
				Map.of("reveal", "SIGNAL", "channel", "SIGNAL")).redirect()).contains("introduced");
		requester.web().get(requester.path() + "/introduction");
		// "noted": the organization went through the page that shows what to note before an anonymous request's yes
		requester.web().get(requester.path() + "/contact/yes");
		requester.web().post(requester.path() + "/contact", Map.of("reached", "1", "noted", "1"));
		provider.web().get("/provider/handoffs/" + offer);
		provider.web().post("/provider/handoffs/" + offer + "/contact", Map.of("reached", "1"));
	}

	private void followUpsFallDue(UUID request) {
		jdbc.sql("update handoff_follow_up set due_on = :today where request_id = :r")
			.param("today", LocalDate.now(ZoneOffset.UTC))
			.param("r", request)
			.update();
		followUps.runFollowUps();
	}

	private List<String> organizationSurveys(Requester requester) {
		return requester.web().get(requester.path()).html().select("section.card a.button[href*=/follow-ups/]")
			.eachAttr("href");
	}

	private List<UUID> providerSurveys(UUID request) {
		return jdbc.sql("select id from handoff_follow_up where request_id = :r and side = 'PROVIDER' order by round")
			.param("r", request)
			.query(UUID.class)
			.list();
	}

	/** Answers a survey as a browser without JavaScript sends it: the box's marker always, its value when ticked. */
	private static void answer(WebSession web, String path, String usefulness, String recommends, boolean counted,
			String comment) {
		web.get(path);
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("planResulted", "YES");
		fields.put("workDone", comment);
		fields.put("usefulness", usefulness);
		fields.put("recommends", recommends);
		fields.put("comment", comment);
		fields.put("_counted", "on");
		if (counted) {
			fields.put("counted", "true");
		}
		assertThat(web.post(path, fields).redirect()).as(path).contains("surveyed");
	}

	/** The closed handoff's request reaches the end of its retention period and the retention job purges it. */
	private void retentionEnds(UUID request) {
		jdbc.sql("update handoff set stage_since = :at where request_id = :id")
			.param("at", Instant.now().minus(java.time.Duration.ofDays(91)).atOffset(ZoneOffset.UTC))
			.param("id", request)
			.update();
		retention.applyAll();
		assertThat(jdbc.sql("select count(*) from help_request where id = :id").param("id", request)
			.query(Long.class).single()).isZero();
	}

	private void interruptPurgesWith(Consumer<String> afterStep) {
		// the privacy module's own hook for interrupting a purge between steps (PrivacyCoreTests uses it too)
		ReflectionTestUtils.setField(purges, "afterStep", afterStep);
	}

	// --- reading the counters ---------------------------------------------------------------------------------------

	private long tally(boolean anonymous) {
		return jdbc.sql("""
				select coalesce(sum(handoffs), 0) from handoff_tally where quarter_start = :quarter
				and region_group = 'AMERICAS' and service_group = 'PREVENT' and days_bucket = '0-7'
				and offers_bucket = '1' and anonymous = :anonymous""")
			.param("quarter", quarter())
			.param("anonymous", anonymous)
			.query(Long.class)
			.single();
	}

	private long outcome(String side, String usefulness, String recommends) {
		return jdbc.sql("select coalesce(sum(handoffs), 0) from handoff_outcome_tally where side = :side and " + CELL
				+ " and usefulness = :usefulness and recommends = :recommends")
			.param("side", side)
			.param("quarter", quarter())
			.param("usefulness", Integer.parseInt(usefulness))
			.param("recommends", recommends)
			.query(Long.class)
			.single();
	}

	private long outcomes(String side) {
		return jdbc.sql("select coalesce(sum(handoffs), 0) from handoff_outcome_tally where side = :side")
			.param("side", side)
			.query(Long.class)
			.single();
	}

	private static LocalDate quarter() {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		return LocalDate.of(today.getYear(), (today.getMonthValue() - 1) / 3 * 3 + 1, 1);
	}

	private boolean consent(UUID request) {
		return jdbc.sql("select count_answers from help_request where id = :id").param("id", request)
			.query(Boolean.class).single();
	}

	private boolean providerCounted(UUID provider) {
		return jdbc.sql("select count_answers from provider where id = :id").param("id", provider)
			.query(Boolean.class).single();
	}

}
