package org.tandem.matching;


import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.tandem.platform.Role;
import org.tandem.support.LogLeakWatcher;
import org.tandem.support.ProviderNetwork;
import org.tandem.support.RequestFixtures;
import org.tandem.support.WebSession;
import org.tandem.support.WebTestSupport;

/**
 * Matching through the pages: active providers of known profiles, requests sent and assessed the way requesters and
 * staff do it.
 */
abstract class MatchingTestSupport extends WebTestSupport {

	final ProviderNetwork network = new ProviderNetwork(this);

	final RequestFixtures requests = new RequestFixtures(this);

	@Override
	protected WebSession visitor() {
		return super.visitor().from(LogLeakWatcher.freshRequesterAddress());
	}

	/** An active provider working in Spanish in Mexico, specialist in account security, reachable by Signal. */
	ProviderNetwork.ActiveProvider spanishSpecialist(String name) {
		return network.activeProvider(spanishSpecialistApplication(name));
	}

	static Map<String, String> spanishSpecialistApplication(String name) {
		return ProviderNetwork.spanishSpecialist(name);
	}

	/** An active provider working only in Portuguese in Brazil. */
	ProviderNetwork.ActiveProvider portugueseOnly(String name) {
		return network.activeProvider(portugueseOnlyApplication(name));
	}

	static Map<String, String> portugueseOnlyApplication(String name) {
		Map<String, String> changes = new LinkedHashMap<>();
		changes.put("displayName", name);
		changes.put("languages[es]", "");
		changes.put("services[ACCOUNT_SECURITY]", "CAN_DO");
		return changes;
	}

	/** A request sent by an anonymous requester, moved to assessment and assessed by staff; its id. */
	UUID assessedRequest(WebSession staff, String language, String country, String services) {
		return requests.assessedRequest(staff, language, country, services);
	}

	WebSession staff() {
		return signedIn(Role.STAFF);
	}

	String requestStatus(UUID id) {
		return jdbc.sql("select status from help_request where id = :id").param("id", id).query(String.class).single();
	}

	long count(String from) {
		return jdbc.sql("select count(*) from " + from).query(Long.class).single();
	}

}
