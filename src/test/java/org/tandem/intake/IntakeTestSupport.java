package org.tandem.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.tandem.support.WebSession;
import org.tandem.support.WebTestSupport;

/** Sending requests the way a requester does: GET the form, POST it, read the link and the code off the page. */
abstract class IntakeTestSupport extends WebTestSupport {

	/** Each visitor claims an address of its own, so the public pages' rate limits count each test apart. */
	@Override
	protected WebSession visitor() {
		return super.visitor().from(org.tandem.support.LogLeakWatcher.freshRequesterAddress());
	}

	/** A complete, valid form; tests change what they need. */
	static Map<String, String> validForm() {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("anonymous", "true");
		form.put("organizationName", "canary-Radio Sur " + UUID.randomUUID());
		form.put("organizationKind", "MEDIA");
		form.put("sizeBand", "UP_TO_20");
		form.put("country", "MX");
		form.put("region", "canary-Oaxaca");
		form.put("languages", "es");
		form.put("communities", "canary-Indigenous journalists");
		form.put("problems", "ACCOUNT_COMPROMISED");
		form.put("description", "canary-Our editor’s email was taken over last night.");
		form.put("outcome", "Get the account back");
		form.put("urgency", "URGENT");
		form.put("timeframe", "THIS_WEEK");
		form.put("approach", "INTRODUCTION");
		form.put("contactMethod", "STATUS_PAGE");
		form.put("consent", "true");
		return form;
	}

	Sent submit(WebSession requester, Map<String, String> fields) {
		return submit(requester, fields, "");
	}

	Sent submit(WebSession requester, Map<String, String> fields, String query) {
		WebSession.Page form = requester.get("/request" + query);
		assertThat(form.status()).isEqualTo(200);
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.putIfAbsent("nonce", form.html().selectFirst("input[name=nonce]").val());
		WebSession.Page sent = requester.post("/request" + query, all);
		assertThat(sent.status()).as(sent.text()).isEqualTo(200);
		String link = sent.html().selectFirst("#status-link").attr("href");
		String code = sent.html().selectFirst("#status-code").text();
		String path = link.substring(link.indexOf("/request/status/"));
		UUID id = requestOf(path);
		return new Sent(id, path, code, sent);
	}

	/** Opens a status page with its code, as the requester does on a new device. */
	static WebSession.Page open(WebSession requester, Sent sent) {
		requester.get(sent.path());
		WebSession.Page unlocked = requester.post(sent.path(), Map.of("code", sent.code()));
		assertThat(unlocked.redirect()).isEqualTo(sent.path());
		return requester.get(sent.path());
	}

	long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	record Sent(UUID id, String path, String code, WebSession.Page page) {
	}

}
