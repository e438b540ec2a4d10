package org.tandem.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.tandem.support.WebSession;

/**
 * "How did you hear about us?" on the public request form (issue 24), sent as a browser without JavaScript sends
 * it: optional, one of the offered sources, counted per month in the request's transaction and not kept with the
 * request; every request is counted in its month whatever it answered.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ReferralTests extends IntakeTestSupport {

	@Autowired
	RequestCounts counts;

	@Test
	void theQuestionIsOfferedInEveryLanguageAndNothingIsChosenAhead() {
		WebSession requester = visitor();
		WebSession.Page page = requester.get("/request");
		var fieldset = page.html().getElementById("referral");
		assertThat(fieldset.selectFirst("legend").text()).isEqualTo("How did you hear about us?");
		assertThat(fieldset.select("input[type=radio][name=referral]").eachAttr("value")).containsExactly("PARTICIPANT",
				"PROVIDER", "HUB_STAFF", "HELPLINE", "EVENT", "SEARCH_SOCIAL", "OTHER", "");
		assertThat(fieldset.select("input[checked]")).isEmpty();
		assertThat(fieldset.text()).contains("An organization that took part referred us", "not kept with your request");
		for (String language : new String[] { "es", "fr", "pt", "ar" }) {
			WebSession.Page translated = requester.get("/request?lang=" + language);
			String legend = translated.html().getElementById("referral").selectFirst("legend").text();
			assertThat(legend).as(language).isNotEqualTo("How did you hear about us?").doesNotContain("??");
		}
	}

	@Test
	void anAnswerIsCountedInItsMonthAndNotKeptWithTheRequest() {
		YearMonth month = YearMonth.now(ZoneOffset.UTC);
		long participant = referred(month, ReferralSource.PARTICIPANT);
		long event = referred(month, ReferralSource.EVENT);
		long requests = requested(month, Approach.INTRODUCTION, true);

		Map<String, String> form = validForm();
		form.put("referral", "PARTICIPANT");
		Sent sent = submit(visitor(), form);

		assertThat(referred(month, ReferralSource.PARTICIPANT)).isEqualTo(participant + 1);
		assertThat(referred(month, ReferralSource.EVENT)).isEqualTo(event);
		assertThat(requested(month, Approach.INTRODUCTION, true)).isEqualTo(requests + 1);
		// the request's row holds no trace of the answer
		Map<String, Object> row = jdbc.sql("select * from help_request where id = :id").param("id", sent.id())
			.query().singleRow();
		assertThat(row.values()).noneMatch(value -> "PARTICIPANT".equals(value));
	}

	@Test
	void withoutAnAnswerTheRequestIsCountedAndNoReferral() {
		YearMonth month = YearMonth.now(ZoneOffset.UTC);
		long referrals = allReferred(month);
		long requests = requested(month, Approach.INTRODUCTION, false);

		Map<String, String> form = validForm();
		form.put("anonymous", "false");
		submit(visitor(), form);
		Map<String, String> rather = validForm();
		rather.put("anonymous", "false");
		rather.put("referral", "");
		submit(visitor(), rather);

		assertThat(allReferred(month)).isEqualTo(referrals);
		assertThat(requested(month, Approach.INTRODUCTION, false)).isEqualTo(requests + 2);
	}

	@Test
	void aValueNotOfferedIsRefusedOnTheFieldKeepingWhatWasTypedAndCountingNothing() {
		YearMonth month = YearMonth.now(ZoneOffset.UTC);
		long referrals = allReferred(month);
		long requests = count("help_request");
		long counted = requested(month, Approach.INTRODUCTION, true);
		WebSession requester = visitor();
		requester.get("/request");
		Map<String, String> form = validForm();
		form.put("referral", "A_FRIEND_AT_THE_MINISTRY");
		form.put("region", "canary-Sierra Norte");
		WebSession.Page refused = requester.post("/request", form);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.html().getElementById("referral").select(".field-error").eachText())
			.containsExactly("Choose one of the options offered.");
		assertThat(refused.html().select("#error-summary a").eachAttr("href")).contains("#referral1");
		assertThat(refused.html().getElementById("referral1")).isNotNull();
		assertThat(refused.body()).doesNotContain("Exception").doesNotContain("Failed to convert");
		assertThat(refused.html().selectFirst("input[name=region]").val()).isEqualTo("canary-Sierra Norte");
		assertThat(count("help_request")).isEqualTo(requests);
		assertThat(allReferred(month)).isEqualTo(referrals);
		assertThat(requested(month, Approach.INTRODUCTION, true)).isEqualTo(counted);

		// a chosen source survives another field's error
		form.put("referral", "HELPLINE");
		form.put("description", "");
		WebSession.Page again = requester.post("/request", form);
		assertThat(again.status()).isEqualTo(400);
		assertThat(again.html().selectFirst("input[name=referral][value=HELPLINE]").hasAttr("checked")).isTrue();
		assertThat(allReferred(month)).isEqualTo(referrals);
	}

	@Test
	void theCountersAreSumsOverTheirSlotsAndOnlyWithinTheMonthsAsked() {
		YearMonth month = YearMonth.now(ZoneOffset.UTC);
		long before = referred(month, ReferralSource.SEARCH_SOCIAL);
		for (int i = 0; i < 6; i++) {
			Map<String, String> form = validForm();
			form.put("referral", "SEARCH_SOCIAL");
			submit(visitor(), form);
		}
		assertThat(referred(month, ReferralSource.SEARCH_SOCIAL)).isEqualTo(before + 6);
		assertThat(counts.referrals(month.minusMonths(3), month.minusMonths(1))).noneMatch(r -> r.month().equals(month));
		assertThat(jdbc.sql("select sum(requests) from intake_referral_tally where source = 'SEARCH_SOCIAL'"
				+ " and month_start = :m").param("m", java.sql.Date.valueOf(month.atDay(1))).query(Long.class).single())
			.isEqualTo(before + 6);
	}

	private long referred(YearMonth month, ReferralSource source) {
		return counts.referrals(month, month).stream().filter(r -> r.source() == source)
			.mapToLong(RequestCounts.Referred::requests).sum();
	}

	private long allReferred(YearMonth month) {
		return counts.referrals(month, month).stream().mapToLong(RequestCounts.Referred::requests).sum();
	}

	private long requested(YearMonth month, Approach approach, boolean anonymous) {
		return counts.monthly(month, month).stream().filter(m -> m.approach() == approach && m.anonymous() == anonymous)
			.mapToLong(RequestCounts.Monthly::requests).sum();
	}

}
