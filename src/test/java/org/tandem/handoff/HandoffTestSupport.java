package org.tandem.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.tandem.platform.Role;
import org.tandem.support.LogLeakWatcher;
import org.tandem.support.ProviderNetwork;
import org.tandem.support.RequestFixtures;
import org.tandem.support.WebSession;
import org.tandem.support.WebTestSupport;

/** Handoffs through the pages: active providers, requests sent by requesters holding their status link, choices. */
abstract class HandoffTestSupport extends WebTestSupport {

	final ProviderNetwork network = new ProviderNetwork(this);

	@Override
	protected WebSession visitor() {
		return super.visitor().from(LogLeakWatcher.freshRequesterAddress());
	}

	/** An active provider working in Spanish for Mexico, specialist in account security, with an OpenPGP key. */
	ProviderNetwork.ActiveProvider provider(String name) {
		return provider(name, ProviderNetwork.newEmail(), network::acceptInvitation);
	}

	/** The same provider, applying with this address; {@code accept} follows the invitation sent to it. */
	ProviderNetwork.ActiveProvider provider(String name, String email,
			java.util.function.Function<String, WebSession> accept) {
		Map<String, String> changes = ProviderNetwork.spanishSpecialist(name);
		changes.put("openpgpKey", ProviderNetwork.key("three"));
		return network.activeProvider(email, changes, accept);
	}

	/** A request sent through the form, its status page opened with the code, then moved to assessment and assessed. */
	Requester requester(WebSession staff, boolean anonymous, Map<String, String> extra) {
		WebSession web = visitor();
		WebSession.Page form = web.get("/request");
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("nonce", form.html().selectFirst("input[name=nonce]").val());
		fields.put("anonymous", String.valueOf(anonymous));
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
		fields.put("contactMethod", "SIGNAL");
		fields.put("signal", "+52 55 5555 0101");
		fields.put("consent", "true");
		fields.putAll(extra);
		WebSession.Page sent = web.post("/request", fields);
		assertThat(sent.status()).as(sent.text()).isEqualTo(200);
		String link = sent.html().selectFirst("#status-link").attr("href");
		String path = link.substring(link.indexOf("/request/status/"));
		String code = sent.html().selectFirst("#status-code").text();
		web.get(path);
		assertThat(web.post(path, Map.of("code", code)).redirect()).endsWith(path);
		UUID id = requestOf(path);
		RequestFixtures.assess(staff, id, "ACCOUNT_SECURITY", "es");
		String reference = jdbc.sql("select reference from help_request where id = :id").param("id", id)
			.query(String.class).single();
		return new Requester(id, reference, path, code, web, fields);
	}

	/** Staff choose these providers, in this order, on the request's matching page. */
	void choose(WebSession staff, UUID request, List<UUID> providers) {
		RequestFixtures.choose(staff, request, providers);
	}

	/** The offer made to a provider for a request. */
	UUID offer(UUID request, UUID provider) {
		return jdbc.sql("select id from handoff_offer where request_id = :r and provider_id = :p")
			.param("r", request).param("p", provider).query(UUID.class).single();
	}

	String offerStatus(UUID offer) {
		return jdbc.sql("select status from handoff_offer where id = :id").param("id", offer).query(String.class).single();
	}

	String stage(UUID request) {
		return jdbc.sql("select stage from handoff where request_id = :id").param("id", request).query(String.class).single();
	}

	String requestStatus(UUID id) {
		return jdbc.sql("select status from help_request where id = :id").param("id", id).query(String.class).single();
	}

	long count(String from, UUID request) {
		return jdbc.sql("select count(*) from " + from + " where request_id = :r").param("r", request)
			.query(Long.class).single();
	}

	WebSession staff() {
		return signedIn(Role.STAFF);
	}

	/** Moves the request's last activity a month back, as if nobody had acted on it since. */
	void idleAMonth(UUID request) {
		jdbc.sql("update help_request set last_activity_at = :old where id = :id")
			.param("old", java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(30))))
			.param("id", request)
			.update();
	}

	/** Whether someone acted on the request in the last minute. */
	boolean justActive(UUID request) {
		return jdbc.sql("select last_activity_at from help_request where id = :id").param("id", request)
			.query(java.sql.Timestamp.class)
			.single()
			.toInstant()
			.isAfter(java.time.Instant.now().minusSeconds(60));
	}

	record Requester(UUID id, String reference, String path, String code, WebSession web, Map<String, String> fields) {
	}

}
