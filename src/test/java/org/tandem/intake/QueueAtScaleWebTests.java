package org.tandem.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.tandem.platform.Role;
import org.tandem.support.WebSession;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The queue pages with cursors: following "Next" to the end and "Previous" back to the start gives every request of
 * the filter once, in the sort's order as the database itself orders the same rows, in the staff pages and the API;
 * a cursor that is not Tandem's is the first page on a page and a translated 400 in the API. The counts at the top
 * come from the tally, which stays equal to a count of the table through submissions, moves, assignment, replies,
 * declines and purges.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class QueueAtScaleWebTests extends IntakeTestSupport {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String[] URGENCIES = { "EMERGENCY", "URGENT", "SOON", "NOT_URGENT" };

	/** A country no other test sends requests from, so the filter holds this test's requests only. */
	private static final String COUNTRY = "UY";

	@Test
	void everySortPagesThroughEveryRequestOnceInTheDatabasesOrderBothWays() throws Exception {
		int sent = 0;
		while (jdbc.sql("select count(*) from help_request where country = :c").param("c", COUNTRY).query(Long.class)
			.single() < 115) {
			Map<String, String> form = validForm();
			form.put("country", COUNTRY);
			form.put("urgency", URGENCIES[sent++ % URGENCIES.length]);
			submit(visitor(), form);
		}
		WebSession staff = signedIn(Role.STAFF);
		String token = token(staff, "requests:read");
		for (String sort : List.of("URGENCY", "OLDEST", "NEWEST", "UPDATED")) {
			List<String> expected = expected(sort);
			assertThat(expected).hasSizeGreaterThan(100);

			// the API, forwards with next and backwards with previous
			List<List<String>> pages = new ArrayList<>();
			JsonNode page = api("/api/v1/requests?country=" + COUNTRY + "&sort=" + sort, token);
			assertThat(none(page.path("previous"))).isTrue();
			pages.add(references(page));
			while (!none(page.path("next"))) {
				page = api("/api/v1/requests?country=" + COUNTRY + "&sort=" + sort + "&after=" + page.path("next").asString(),
						token);
				pages.add(references(page));
			}
			assertThat(pages.stream().flatMap(List::stream).toList()).as(sort).isEqualTo(expected);
			assertThat(pages).hasSizeGreaterThanOrEqualTo(3);
			List<List<String>> back = new ArrayList<>();
			back.add(references(page));
			while (!none(page.path("previous"))) {
				page = api("/api/v1/requests?country=" + COUNTRY + "&sort=" + sort + "&before="
						+ page.path("previous").asString(), token);
				back.add(references(page));
			}
			Collections.reverse(back);
			assertThat(back).as(sort).isEqualTo(pages);

			// the staff page, by its links
			List<String> seen = new ArrayList<>();
			WebSession.Page web = staff.get("/staff/requests?country=" + COUNTRY + "&sort=" + sort);
			assertThat(web.html().selectFirst(".pager a[rel=prev]")).isNull();
			int pagesSeen = 1;
			seen.addAll(rows(web));
			Element next;
			while ((next = web.html().selectFirst(".pager a[rel=next]")) != null) {
				web = staff.get(next.attr("href"));
				seen.addAll(rows(web));
				pagesSeen++;
			}
			assertThat(seen).as(sort).isEqualTo(expected);
			Element previous;
			while ((previous = web.html().selectFirst(".pager a[rel=prev]")) != null) {
				web = staff.get(previous.attr("href"));
				pagesSeen--;
			}
			assertThat(pagesSeen).isEqualTo(1);
			assertThat(rows(web)).isEqualTo(expected.subList(0, 50));
		}
	}

	@Test
	void theLanguageFilterFindsARequestByEachOfItsLanguagesFromTheLanguagesOwnRows() throws Exception {
		// a country and a language no other test sends requests in
		String country = "PY";
		List<String> kyrgyz = new ArrayList<>();
		List<Sent> sent = new ArrayList<>();
		for (String languages : List.of("ky", "es,ky", "es", "ky,ps")) {
			Map<String, String> form = validForm();
			form.put("country", country);
			form.put("languages", languages);
			sent.add(submit(visitor(), form));
			if (languages.contains("ky")) {
				kyrgyz.add(jdbc.sql("select reference from help_request where id = :id").param("id", sent.getLast().id())
					.query(String.class).single());
			}
		}
		UUID both = sent.get(1).id();
		assertThat(jdbc.sql("select language from help_request_language where request_id = :id order by language")
			.param("id", both).query(String.class).list()).containsExactly("es", "ky");
		WebSession staff = signedIn(Role.STAFF);
		assertThat(rows(staff.get("/staff/requests?country=" + country + "&language=ky&sort=OLDEST")))
			.isEqualTo(kyrgyz);
		assertThat(rows(staff.get("/staff/requests?country=" + country + "&language=ps"))).containsExactly(kyrgyz.get(2));
		JsonNode api = api("/api/v1/requests?country=" + country + "&language=ky&sort=OLDEST", token(staff, "requests:read"));
		assertThat(references(api)).isEqualTo(kyrgyz);
		// the language's rows go with the request
		WebSession requester = visitor();
		open(requester, sent.get(1));
		requester.post(sent.get(1).path() + "/withdraw", Map.of("confirm", "true"));
		assertThat(jdbc.sql("select count(*) from help_request_language where request_id = :id").param("id", both)
			.query(Long.class).single()).isZero();
		assertThat(rows(staff.get("/staff/requests?country=" + country + "&language=ky&sort=OLDEST")))
			.containsExactly(kyrgyz.get(0), kyrgyz.get(2));
	}

	@Test
	void aCursorThatIsNotTandemsIsTheFirstPageOnAPageAndATranslatedErrorInTheApi() throws Exception {
		WebSession staff = signedIn(Role.STAFF);
		String token = token(staff, "requests:read");
		JsonNode urgencyNext = api("/api/v1/requests?sort=URGENCY", token).path("next");
		String urgencyCursor = none(urgencyNext) ? null : urgencyNext.asString();
		for (String cursor : new String[] { "not-a-cursor", "Li4u", "x".repeat(5000), "VS4xfjIwMjZ-eA",
				urgencyCursor == null ? "VS4w" : urgencyCursor }) {
			var answer = visitor().send(apiRequest("/api/v1/requests?sort=NEWEST&after=" + cursor, token)
				.header("Accept-Language", "es").GET().build());
			assertThat(answer.status()).as(cursor).isEqualTo(400);
			assertThat(answer.body()).contains("Este cursor no es uno que Tandem haya dado para este orden")
				.doesNotContain("Exception");
			WebSession.Page page = staff.get("/staff/requests?sort=NEWEST&before=" + cursor);
			assertThat(page.status()).isEqualTo(200);
		}
		var gone = visitor().send(apiRequest("/api/v1/requests?page=2", token).GET().build());
		assertThat(gone.status()).isEqualTo(400);
		assertThat(gone.body()).contains("follow the cursors next and previous");
		assertThat(visitor().send(apiRequest("/api/v1/requests?page=0", token).GET().build()).status()).isEqualTo(200);
	}

	@Test
	void theTallyStaysEqualToACountOfTheTable() {
		var person = fixtures.create(true, Role.STAFF);
		WebSession staff = visitor();
		org.tandem.support.AccountFixtures.signIn(staff, person);
		UUID staffId = person.id();
		List<Sent> sent = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			Map<String, String> form = validForm();
			form.put("urgency", URGENCIES[i % URGENCIES.length]);
			sent.add(submit(visitor(), form));
		}
		assertTallyMatchesTable();
		staff.get("/staff/requests/" + sent.get(0).id());
		staff.post("/staff/requests/" + sent.get(0).id() + "/status", Map.of("to", "ASSESSING"));
		staff.post("/staff/requests/" + sent.get(1).id() + "/assign", Map.of("assignee", staffId.toString()));
		staff.post("/staff/requests/" + sent.get(2).id() + "/decline", Map.of("template", "HELPLINE"));
		WebSession requester = visitor();
		open(requester, sent.get(3));
		requester.post(sent.get(3).path() + "/messages", Map.of("body", "canary-one more thing"));
		requester.post(sent.get(4).path() + "/withdraw", Map.of("confirm", "true"));
		open(requester, sent.get(4));
		requester.post(sent.get(4).path() + "/withdraw", Map.of("confirm", "true"));
		assertThat(jdbc.sql("select count(*) from help_request where id in (:ids)")
			.param("ids", List.of(sent.get(0).id(), sent.get(1).id(), sent.get(2).id(), sent.get(3).id()))
			.query(Long.class).single()).isEqualTo(4);
		assertThat(jdbc.sql("select status from help_request where id = :id").param("id", sent.get(0).id())
			.query(String.class).single()).isEqualTo("ASSESSING");
		assertThat(jdbc.sql("select awaiting_staff from help_request where id = :id").param("id", sent.get(3).id())
			.query(Boolean.class).single()).isTrue();
		assertTallyMatchesTable();

		// the page's counts are the tally's
		WebSession.Page queue = staff.get("/staff/requests");
		long open = jdbc.sql("select count(*) from help_request where status in ('NEW', 'NEEDS_INFORMATION', 'ASSESSING')")
			.query(Long.class).single();
		assertThat(queue.html().selectFirst("#count-open").text().replaceAll("\\D", "")).isEqualTo(Long.toString(open));
	}

	@Test
	void everyStatusAndUrgencyHasItsCellsInTheTally() {
		for (RequestStatus status : RequestStatus.values()) {
			for (Urgency urgency : Urgency.values()) {
				assertThat(jdbc.sql("select count(*) from help_request_tally where status = :s and urgency = :u")
					.param("s", status.name()).param("u", urgency.name()).query(Long.class).single())
					.as(status + "/" + urgency).isEqualTo(2 * 2 * 8);
			}
		}
	}

	private void assertTallyMatchesTable() {
		List<String> table = jdbc.sql("""
				select status, urgency, case when assigned_to is null then 0 else 1 end as assigned,
				case when awaiting_staff then 1 else 0 end as awaiting, count(*) as n from help_request
				group by status, urgency, case when assigned_to is null then 0 else 1 end,
				case when awaiting_staff then 1 else 0 end""")
			.query((rs, n) -> rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getInt(3) + "/" + rs.getInt(4) + "="
					+ rs.getLong(5))
			.list();
		List<String> tally = jdbc.sql("""
				select status, urgency, case when assigned then 1 else 0 end as a, case when awaiting then 1 else 0 end as w,
				sum(requests) as n from help_request_tally group by status, urgency, assigned, awaiting
				having sum(requests) <> 0""")
			.query((rs, n) -> rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getInt(3) + "/" + rs.getInt(4) + "="
					+ rs.getLong(5))
			.list();
		assertThat(tally).containsExactlyInAnyOrderElementsOf(table);
	}

	private List<String> expected(String sort) {
		String order = switch (sort) {
			case "URGENCY" -> "urgency_rank, submitted_at, id";
			case "OLDEST" -> "submitted_at, id";
			case "NEWEST" -> "submitted_at desc, id desc";
			default -> "updated_at desc, id desc";
		};
		return jdbc.sql("select reference from help_request where country = :c and in_queue = true order by " + order)
			.param("c", COUNTRY).query(String.class).list();
	}

	private static List<String> rows(WebSession.Page page) {
		assertThat(page.status()).isEqualTo(200);
		return page.html().select("#queue tbody tr td:first-child a").eachText();
	}

	/** Absent or null: the answer leaves out what it has no value for. */
	private static boolean none(JsonNode value) {
		return value.isMissingNode() || value.isNull();
	}

	private static List<String> references(JsonNode page) {
		List<String> references = new ArrayList<>();
		page.path("requests").forEach(r -> references.add(r.path("reference").asString()));
		return references;
	}

	private JsonNode api(String path, String token) throws Exception {
		var answer = visitor().send(apiRequest(path, token).GET().build());
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return JSON.readTree(answer.body());
	}

}
