package org.tandem.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.tandem.evaluation.domain.EvaluationPlan;
import org.tandem.evaluation.domain.PlanOutcome;
import org.tandem.support.AccountFixtures;
import org.tandem.support.WebSession;

/**
 * The plans' JSON API with real tokens: participants read the plan (with what was written in it) and record a round
 * with the write scope; a bad body is refused whole; the read scope does not write; outsiders get 404 and signed-out
 * callers 401.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = EvaluationTestSupport.OWN)
class EvaluationApiWebTests extends EvaluationTestSupport {

	@Test
	void participantsReadAndRecordAndNobodyElseFindsThePlan() throws Exception {
		EvaluationPlan plan = plans.makeForEngagement(engagement, member.id(), full());
		PlanOutcome a = plans.addFromFramework(plan.id(), member.id(), "2.4", null);
		PlanOutcome b = plans.addCustom(plan.id(), member.id(), 3, OutcomeKind.BEHAVIOUR, "canary-own words",
				PlanOutcome.Smart.NONE);
		String read = token(provider.web(), "evaluations:read");
		String write = token(provider.web(), "evaluations:write");
		HttpClient http = HttpClient.newHttpClient();
		String path = "/api/v1/evaluations/" + plan.id();
		HttpResponse<String> one = http.send(apiRequest(path, read).GET().build(), HttpResponse.BodyHandlers.ofString());
		assertThat(one.statusCode()).isEqualTo(200);
		assertThat(one.body()).contains("\"code\":\"2.4\"").contains("canary-own words").contains("\"side\":\"PROVIDER\"");

		String bad = "{\"entries\":[{\"outcomeId\":\"" + a.id() + "\",\"score\":2,\"text\":\"canary-why\"},"
				+ "{\"outcomeId\":\"" + b.id() + "\",\"score\":9,\"text\":\"x\"}]}";
		HttpResponse<String> refused = http.send(post(path + "/rounds/1", write, bad), HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("evaluation.score.value.invalid");
		assertThat(count("evaluation_score", organization)).isZero();

		String good = "{\"entries\":[{\"outcomeId\":\"" + a.id() + "\",\"score\":2,\"text\":\"canary-why\"},"
				+ "{\"outcomeId\":\"" + b.id() + "\",\"score\":1,\"text\":\"canary-not yet\"}]}";
		HttpResponse<String> recorded = http.send(post(path + "/rounds/1", write, good),
				HttpResponse.BodyHandlers.ofString());
		assertThat(recorded.statusCode()).isEqualTo(200);
		assertThat(recorded.body()).contains("canary-not yet").contains("\"round\":1");
		assertThat(http.send(post(path + "/rounds/3", read, good), HttpResponse.BodyHandlers.ofString()).statusCode())
			.isEqualTo(403);
		StringBuilder tooMany = new StringBuilder("{\"entries\":[");
		for (int i = 0; i < 31; i++) {
			tooMany.append(i == 0 ? "" : ",").append("{\"outcomeId\":\"").append(a.id()).append("\",\"score\":2}");
		}
		assertThat(http.send(post(path + "/rounds/1", write, tooMany + "]}"), HttpResponse.BodyHandlers.ofString())
			.statusCode()).isEqualTo(400);

		WebSession memberWeb = visitor();
		AccountFixtures.signIn(memberWeb, member);
		assertThat(http.send(apiRequest(path, token(memberWeb, "evaluations:read")).GET().build(),
				HttpResponse.BodyHandlers.ofString()).body()).contains("\"side\":\"ORGANIZATION\"");
		WebSession otherWeb = visitor();
		AccountFixtures.signIn(otherWeb, otherMember);
		WebSession otherStaffWeb = visitor();
		AccountFixtures.signIn(otherStaffWeb, otherStaff);
		for (WebSession outsider : List.of(otherWeb, otherProvider.web(), otherStaffWeb)) {
			HttpResponse<String> answer = http.send(apiRequest(path, token(outsider, "evaluations:read")).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(answer.statusCode()).isEqualTo(404);
			assertThat(answer.body()).doesNotContain("canary-");
			assertThat(http.send(post(path + "/rounds/3", token(outsider, "evaluations:write"), good),
					HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
		}
		assertThat(http.send(HttpRequest.newBuilder(java.net.URI.create(visitor().base() + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString()).statusCode()).isIn(401, 403);
		assertThat(count("evaluation_score", organization)).isEqualTo(2);
	}

	private HttpRequest post(String path, String token, String json) {
		return apiRequest(path, token).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
	}

}
