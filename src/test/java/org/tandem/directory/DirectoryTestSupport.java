package org.tandem.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.tandem.platform.Role;
import org.tandem.support.AccountFixtures;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.LogLeakWatcher;
import org.tandem.support.ProviderNetwork;
import org.tandem.support.ProviderNetwork.ActiveProvider;
import org.tandem.support.TestMail;
import org.tandem.support.WebSession;
import org.tandem.support.WebTestSupport;

/** Applying, reviewing and vetting the way people do it: through the pages, over HTTP. */
abstract class DirectoryTestSupport extends WebTestSupport {

	static final String AGREEMENTS = ProviderNetwork.AGREEMENTS;

	/** Each visitor claims an address of its own, so the application rate limit counts each test apart. */
	@Override
	protected WebSession visitor() {
		return super.visitor().from(LogLeakWatcher.freshRequesterAddress());
	}

	final ProviderNetwork network = new ProviderNetwork(this);

	static String key(String name) {
		return ProviderNetwork.key(name);
	}

	static String fingerprint(String name) {
		return ProviderNetwork.fingerprint(name);
	}

	static Map<String, String> validApplication(String email) {
		return ProviderNetwork.validApplication(email);
	}

	UUID apply(Map<String, String> fields) {
		return network.apply(fields);
	}

	static String newEmail() {
		return ProviderNetwork.newEmail();
	}

	WebSession signedIn(Person person) {
		return network.signedIn(person);
	}

	WebSession acceptInvitation(String email) {
		return network.acceptInvitation(email);
	}

	ActiveProvider activeProvider() {
		return network.activeProvider();
	}

	static WebSession.Page decide(WebSession staff, UUID id, String action) {
		return ProviderNetwork.decide(staff, id, action);
	}

	static WebSession.Page decide(WebSession staff, UUID id, String action, Map<String, String> fields) {
		return ProviderNetwork.decide(staff, id, action, fields);
	}

	String status(UUID provider) {
		return jdbc.sql("select status from provider where id = :id").param("id", provider).query(String.class).single();
	}

	long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
