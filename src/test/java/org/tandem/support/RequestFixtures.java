package org.tandem.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Requests for help sent and assessed the way requesters and staff do it, through the pages over HTTP. */
public class RequestFixtures {

	private final WebTestSupport test;

	public RequestFixtures(WebTestSupport test) {
		this.test = test;
	}

	/** A request sent by an anonymous requester, moved to assessment and assessed by staff; its id. */
	public UUID assessedRequest(WebSession staff, String language, String country, String services) {
		WebSession.Page sent = send(test.visitor(), Map.of("country", country, "languages", language), Map.of());
		UUID id = test.requestOf(sent.html().selectFirst("#status-link").attr("href"));
		assess(staff, id, services, language);
		return id;
	}

	/** Staff move the request to assessment and assess it: these services and this language, high risk. */
	public static void assess(WebSession staff, UUID request, String services, String language) {
		staff.get("/staff/requests/" + request);
		assertThat(staff.post("/staff/requests/" + request + "/status", Map.of("to", "ASSESSING")).redirect())
			.contains("moved");
		assertThat(staff.post("/staff/requests/" + request + "/assessment",
				Map.of("services", services, "languages", language, "riskLevel", "HIGH")).redirect()).contains("assessed");
	}

	/** Staff choose these providers, in this order, on the request's matching page. */
	public static void choose(WebSession staff, UUID request, java.util.List<UUID> providers) {
		WebSession.Page page = staff.get("/staff/requests/" + request + "/matching?excluded=true");
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("current", page.html().selectFirst("input[name=current]").val());
		for (int i = 0; i < providers.size(); i++) {
			fields.put("order[" + providers.get(i) + "]", String.valueOf(i + 1));
			fields.put("reason[" + providers.get(i) + "]", "Chosen for the test");
		}
		WebSession.Page chosen = staff.post("/staff/requests/" + request + "/matching/choice", fields);
		assertThat(chosen.redirect()).as(chosen.text()).contains("chosen");
	}

	/**
	 * Sends a complete anonymous request through the form, with these fields changed and these extra request
	 * headers; returns the page that shows its link and code.
	 */
	public static WebSession.Page send(WebSession requester, Map<String, String> changed, Map<String, String> headers) {
		WebSession.Page form = requester.get("/request");
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("nonce", form.html().selectFirst("input[name=nonce]").val());
		fields.put("anonymous", "true");
		fields.put("organizationName", "canary-Radio Sur " + UUID.randomUUID());
		fields.put("organizationKind", "MEDIA");
		fields.put("sizeBand", "UP_TO_20");
		fields.put("country", "MX");
		fields.put("languages", "es");
		fields.put("problems", "ACCOUNT_COMPROMISED");
		fields.put("description", "canary-Our editor’s email was taken over last night.");
		fields.put("urgency", "URGENT");
		fields.put("timeframe", "THIS_WEEK");
		fields.put("approach", "INTRODUCTION");
		fields.put("contactMethod", "STATUS_PAGE");
		fields.put("consent", "true");
		fields.putAll(changed);
		WebSession.Page sent = requester.post("/request", fields, headers);
		assertThat(sent.status()).as(sent.text()).isEqualTo(200);
		return sent;
	}

}
