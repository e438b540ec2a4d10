package org.tandem.evaluation.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.tandem.support.AccountFixtures;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.TestMail;
import org.tandem.support.WebSession;

/**
 * Answering over HTTP without JavaScript, on H2 and PostgreSQL: the mailed link opens the form signed out; a bad answer
 * keeps what was typed with a translated message beside it and writes nothing; sent answers are final; another
 * person's link, an expired or unknown link, another organization's member, the provider and signed-out visitors find
 * nothing. Staff's pages refuse everyone else, and keep what staff typed when a question is refused.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = SurveyTestSupport.OWN)
class SurveyAnswerWebTests extends SurveyTestSupport {

	@Test
	void theInvitedPersonAnswersByTheLinkSignedOutAndBadInputIsKept() {
		Survey survey = publishedSurvey();
		sending.toEngagementByHand(survey.id(), staff.id(), engagement, SurveySending.Audience.ORGANIZATION);
		String link = linkOf(members.get(0), survey);

		WebSession visitor = visitor();
		WebSession.Page form = visitor.get(link);
		assertThat(form.status()).isEqualTo(200);
		Document html = form.html();
		// one fieldset with a legend per choice question, every radio with a visible label, the free answer labelled
		assertThat(html.select("fieldset#q1 legend").text()).contains("How confident are you now about passwords?");
		assertThat(html.select("fieldset#q1 input[type=radio]")).hasSize(5);
		assertThat(html.select("fieldset#q1 label").eachText()).contains("Much less confident", "Much more confident");
		assertThat(html.select("fieldset#q3 input[type=radio]")).hasSize(11);
		assertThat(html.select("fieldset#q4 label").eachText()).containsExactly("Passwords", "Backups", "Phishing");
		assertThat(html.select("label[for=q6]").text()).contains("Anything else?");
		assertThat(html.select("script")).isEmpty();
		assertThat(html.select("input#counted").hasAttr("checked")).isTrue();

		// a required answer missing and an answer out of range: kept, told, nothing written
		Map<String, String> typed = new LinkedHashMap<>();
		typed.put("q1", "4");
		typed.put("q3", "12");
		typed.put("q6", "canary-what we typed");
		WebSession.Page refused = visitor.post(link, typed);
		assertThat(refused.status()).isEqualTo(200);
		Document again = refused.html();
		assertThat(again.select("#q2-error").text()).isEqualTo("Please answer this question.");
		assertThat(again.select("#q3-error").text()).isEqualTo("Choose one of the answers offered.");
		assertThat(again.select("fieldset#q2").attr("aria-invalid")).isEqualTo("true");
		assertThat(again.select("input#q1-4").hasAttr("checked")).isTrue();
		assertThat(again.select("textarea#q6").text()).isEqualTo("canary-what we typed");
		assertThat(again.select("input#counted").hasAttr("checked")).isFalse();
		assertThat(responses(survey)).isZero();

		typed.put("q2", "5");
		typed.put("q3", "9");
		typed.put("counted", "on");
		WebSession.Page sent = visitor.post(link, typed);
		assertThat(sent.status()).isEqualTo(200);
		assertThat(sent.html().select("#thanks").text()).contains("were sent");
		assertThat(responses(survey)).isOne();
		assertThat(tallied(survey)).isOne();
		// final: the link now says so, and a second send writes nothing
		assertThat(visitor.get(link).html().select("#already-answered")).hasSize(1);
		assertThat(visitor.post(link, typed).html().select("#already-answered")).hasSize(1);
		assertThat(responses(survey)).isOne();
	}

	@Test
	void nobodyButTheInvitedPersonFindsTheInvitation() {
		Survey survey = publishedSurvey();
		sending.toEngagementByHand(survey.id(), staff.id(), engagement, SurveySending.Audience.ORGANIZATION);
		String link = linkOf(members.get(1), survey);
		UUID invitation = invitationsOf(members.get(1).id(), survey.id()).get(0);
		String own = "/surveys/invitations/" + invitation;

		// the invited person, signed in: the link and their list
		WebSession invited = signedInAs(members.get(1));
		assertThat(invited.get(link).status()).isEqualTo(200);
		assertThat(invited.get(own).status()).isEqualTo(200);
		assertThat(invited.get("/surveys").html().select("a[href=" + own + "]")).hasSize(1);

		// another person of the same organization, another organization's member, the provider, staff: not found
		for (WebSession other : List.of(signedInAs(members.get(2)), signedInAs(otherMember), providerWeb,
				signedInAs(staff))) {
			assertThat(other.get(link).status()).isEqualTo(404);
			assertThat(other.get(own).status()).isIn(403, 404);
			other.get("/surveys");
			assertThat(other.post(own, Map.of("q1", "1", "q2", "1", "q3", "1")).status()).isIn(403, 404);
		}
		// signed out: the list and the own page lead to the sign-in
		WebSession signedOut = visitor();
		assertThat(signedOut.get("/surveys").redirect()).startsWith("/login");
		assertThat(signedOut.get(own).redirect()).startsWith("/login");
		// unknown and expired links
		assertThat(signedOut.get("/surveys/answer/not-a-token").status()).isEqualTo(404);
		jdbc.sql("update survey_invitation set expires_at = :past where id = :id")
			.param("past", java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60))).param("id", invitation)
			.update();
		assertThat(signedOut.get(link).status()).isEqualTo(404);
		signedOut.get("/");
		assertThat(signedOut.post(link, Map.of("q1", "1", "q2", "1", "q3", "1")).status()).isIn(403, 404);
		assertThat(invited.get(own).status()).isEqualTo(404);
		assertThat(responses(survey)).isZero();
	}

	@Test
	void staffPagesAreStaffsAndKeepWhatWasTyped() {
		Survey survey = publishedSurvey();
		for (WebSession other : List.of(signedInAs(members.get(0)), providerWeb, signedInAs(advisory))) {
			assertThat(other.get("/staff/surveys").status()).isIn(403, 404);
			assertThat(other.get("/staff/surveys/" + survey.id()).status()).isIn(403, 404);
			assertThat(other.get("/staff/surveys/" + survey.id() + "/results").status()).isIn(403, 404);
		}
		assertThat(visitor().get("/staff/surveys").redirect()).startsWith("/login");

		WebSession web = signedInAs(staff);
		assertThat(web.get("/staff/surveys").status()).isEqualTo(200);
		web.get("/staff/surveys/new");
		WebSession.Page refused = web.post("/staff/surveys", Map.of("title", " ", "languages", "fr"));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.html().select("#title-error").text()).isEqualTo("Write a title.");
		assertThat(refused.html().select("input[name=languages][value=fr]").hasAttr("checked")).isTrue();
		WebSession.Page created = web.post("/staff/surveys", Map.of("title", "Web survey", "languages", "en"));
		String page = created.redirect().replaceFirst("\\?.*", "");
		assertThat(page).startsWith("/staff/surveys/");
		web.get(page);
		WebSession.Page badQuestion = web.post(page + "/questions", Map.of("language", "en", "version", "0", "type",
				"KNOWLEDGE", "text", "canary-Which is right?", "options", "Yes\nNo", "correct", "7"));
		assertThat(badQuestion.status()).isEqualTo(200);
		assertThat(badQuestion.html().select("#add-correct").attr("value")).isEqualTo("7");
		assertThat(badQuestion.html().select("#add-text").text()).isEqualTo("canary-Which is right?");
		assertThat(badQuestion.html().text()).contains("Give the numbers of options in the list");
		web.post(page + "/questions", Map.of("language", "en", "version", "0", "type", "KNOWLEDGE", "text",
				"Which is right?", "options", "Yes\nNo", "correct", "1", "required", "on"));
		WebSession.Page published = web.post(page + "/publish", Map.of("version", "1"));
		assertThat(web.get(published.redirect()).html().select("#survey-status").text()).isEqualTo("Published");
		WebSession.Page results = web.get(page + "/results");
		assertThat(results.status()).isEqualTo(200);
		assertThat(results.html().select("#too-few").text()).contains("Fewer than 5");
		assertThat(web.get(page + "/preview").html().select("#send-answers").hasAttr("disabled")).isTrue();
		assertThat(web.get("/staff/surveys/" + UUID.randomUUID()).status()).isEqualTo(404);
	}

	@Test
	void theApiListsPublishedSurveysAndSuppressedResultsForStaffTokensOnly() throws Exception {
		Survey survey = publishedSurvey();
		WebSession web = signedInAs(staff);
		String read = token(web, "surveys:read");
		String other = token(web, "account:read");
		var client = java.net.http.HttpClient.newHttpClient();
		var list = client.send(apiRequest("/api/v1/surveys", read).build(),
				java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains(survey.id().toString(), "\"status\":\"PUBLISHED\"");
		var shown = client.send(apiRequest("/api/v1/surveys/" + survey.id() + "/results", read).build(),
				java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(shown.statusCode()).isEqualTo(200);
		assertThat(shown.body()).contains("\"k\":5", "\"questions\":[]")
			.doesNotContain("\"respondents\"", organization.toString());
		assertThat(client.send(apiRequest("/api/v1/surveys/" + UUID.randomUUID() + "/results", read).build(),
				java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
		assertThat(client.send(apiRequest("/api/v1/surveys", other).build(),
				java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
		// a member cannot hold the scope
		assertThat(token(signedInAs(members.get(0)), "surveys:read")).isNull();
	}

	private String linkOf(Person person, Survey survey) {
		String body = TestMail.awaitBody(person.username() + "@example.org", "/surveys/answer/");
		return body.substring(body.indexOf("/surveys/answer/")).split("\\s")[0];
	}

	private WebSession signedInAs(Person person) {
		WebSession web = visitor();
		AccountFixtures.signIn(web, person);
		return web;
	}

	private int responses(Survey survey) {
		return jdbc.sql("select count(*) from survey_response where survey_id = :s").param("s", survey.id())
			.query(Integer.class).single();
	}

	private int tallied(Survey survey) {
		return jdbc.sql("select coalesce(sum(respondents), 0) from survey_tally where survey_id = :s and question_no = 0")
			.param("s", survey.id()).query(Integer.class).single();
	}

}
