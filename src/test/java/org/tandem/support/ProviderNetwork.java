package org.tandem.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.tandem.platform.Role;
import org.tandem.support.AccountFixtures.Person;

/**
 * Providers joining the network the way people do it, through the pages over HTTP: applying, the invitation, vouches,
 * vetting and activation. Used by the directory's tests and by the modules that need active providers.
 */
public class ProviderNetwork {

	public static final String AGREEMENTS = "VALUES,VULNERABLE_COMMUNITIES,DATA_RETENTION,MINIMUM_COMMITMENT,"
			+ "LEARNING_AND_FEEDBACK,DO_NO_HARM";

	private final WebTestSupport test;

	public ProviderNetwork(WebTestSupport test) {
		this.test = test;
	}

	private WebSession visitor() {
		return test.visitor();
	}

	private WebSession signedIn(Role role) {
		return test.signedIn(role);
	}

	public static String key(String name) {
		try (var in = ProviderNetwork.class.getResourceAsStream("/directory/openpgp-" + name + ".asc")) {
			return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static String fingerprint(String name) {
		try (var in = ProviderNetwork.class.getResourceAsStream("/directory/openpgp-" + name + ".fpr")) {
			return new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A complete, valid application; tests change what they need. */
	public static Map<String, String> validApplication(String email) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("kind", "INDIVIDUAL");
		form.put("displayName", "Ana Souza " + UUID.randomUUID().toString().substring(0, 8));
		form.put("expertise", "Audits and training for newsrooms in Brazil.");
		form.put("residenceCountry", "BR");
		form.put("email", email);
		form.put("signal", "+55 11 5555 0101");
		form.put("openpgpKey", key("one"));
		form.put("referees", "canary-Referee Bruno, bruno@example.org");
		form.put("conflictOrganizations", "canary-Ministry of Information");
		form.put("services[SECURITY_AUDIT]", "SPECIALIST");
		form.put("services[TRAINING]", "CAN_DO");
		form.put("languages[pt]", "NATIVE");
		form.put("languages[es]", "WORKING");
		form.put("remoteCountries", "BR,AR");
		form.put("inPersonCountries", "BR");
		form.put("communities", "JOURNALISTS");
		form.put("capacity.maxEngagements", "2");
		form.put("capacity.hoursPerMonth", "20");
		form.put("capacity.timeZone", "America/Sao_Paulo");
		form.put("capacity.fees", "PRO_BONO,SLIDING_SCALE");
		for (String item : new String[] { "CONTACT_DETAILS", "CASE_NOTES", "DEVICE_DATA", "REPORTS", "COMMUNICATIONS" }) {
			form.put("retention.periods[" + item + "]", "DAYS_30");
		}
		form.put("agreements", AGREEMENTS);
		return form;
	}

	/** Sends an application and returns the new provider's id. */
	public UUID apply(Map<String, String> fields) {
		WebSession applicant = visitor();
		WebSession.Page form = applicant.get("/providers/apply");
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.putIfAbsent("nonce", form.html().selectFirst("input[name=nonce]").val());
		WebSession.Page sent = applicant.post("/providers/apply", all);
		assertThat(sent.status()).as(sent.text()).isEqualTo(200);
		String reference = sent.html().selectFirst("#reference").text();
		return test.jdbc.sql("select id from provider where reference = :r").param("r", reference).query(UUID.class).single();
	}

	/**
	 * The changes to {@link #validApplication} for a provider with this name working in Spanish (native) for Mexico,
	 * remotely, specialist in account security, in Mexico City's time zone.
	 */
	public static Map<String, String> spanishSpecialist(String name) {
		Map<String, String> changes = new LinkedHashMap<>();
		changes.put("displayName", name);
		changes.put("languages[pt]", "");
		changes.put("languages[es]", "NATIVE");
		changes.put("remoteCountries", "MX");
		changes.put("inPersonCountries", "");
		changes.put("services[SECURITY_AUDIT]", "");
		changes.put("services[ACCOUNT_SECURITY]", "SPECIALIST");
		changes.put("capacity.timeZone", "America/Mexico_City");
		return changes;
	}

	public static String newEmail() {
		return "provider-" + UUID.randomUUID() + "@example.org";
	}

	public WebSession signedIn(Person person) {
		WebSession web = visitor();
		AccountFixtures.signIn(web, person);
		return web;
	}

	/** The applicant follows the invitation mail, creates their account and enrolls a second factor. */
	public WebSession acceptInvitation(String email) {
		return acceptInvitation(TestMail.awaitBody(email, "/invitation/"), email);
	}

	/** The applicant follows the link in this invitation mail and creates an account with this address. */
	public WebSession acceptInvitation(String mail, String accountEmail) {
		int start = mail.indexOf("/invitation/");
		String path = mail.substring(start).split("\\s")[0];
		WebSession invitee = visitor();
		invitee.get(path);
		String username = "p" + UUID.randomUUID().toString().substring(0, 10);
		WebSession.Page accepted = invitee.post(path, Map.of("displayName", "Ana Souza", "username", username, "email",
				accountEmail, "password", AccountFixtures.PASSWORD, "passwordAgain", AccountFixtures.PASSWORD));
		assertThat(accepted.redirect()).as(accepted.text()).contains("/dashboard");
		AccountFixtures.enrollTotp(invitee);
		return invitee;
	}

	/** An application taken all the way to active: review, invitation, two vouches, vetting, activation. */
	public ActiveProvider activeProvider() {
		return activeProvider(Map.of());
	}

	/** The same, with some fields of the application changed. */
	public ActiveProvider activeProvider(Map<String, String> changes) {
		return activeProvider(newEmail(), changes, this::acceptInvitation);
	}

	/** The same, applying with this address; {@code accept} follows the invitation sent to it. */
	public ActiveProvider activeProvider(String email, Map<String, String> changes,
			java.util.function.Function<String, WebSession> accept) {
		Map<String, String> application = validApplication(email);
		application.putAll(changes);
		UUID id = apply(application);
		WebSession staff = signedIn(Role.STAFF);
		decide(staff, id, "review");
		WebSession provider = accept.apply(email);
		decide(staff, id, "vouch", Map.of("text", "Worked with her on a newsroom audit."));
		WebSession advisory = signedIn(Role.ADVISORY);
		advisory.get("/vouching/" + id);
		advisory.post("/vouching/" + id, Map.of("text", "canary-We ran trainings together in 2025."));
		assertThat(decide(staff, id, "vet").redirect()).contains("done=vet");
		assertThat(decide(staff, id, "activate").redirect()).contains("done=activate");
		return new ActiveProvider(id, email, provider, staff);
	}

	public record ActiveProvider(UUID id, String email, WebSession web, WebSession staff) {
	}

	/** A staff decision through the provider's page: the form carries the version the page showed. */
	public static WebSession.Page decide(WebSession staff, UUID id, String action) {
		return decide(staff, id, action, Map.of());
	}

	public static WebSession.Page decide(WebSession staff, UUID id, String action, Map<String, String> fields) {
		WebSession.Page page = staff.get("/staff/providers/" + id);
		Map<String, String> all = new LinkedHashMap<>(fields);
		var version = page.html().selectFirst("input[name=version]");
		all.put("version", version == null ? "-1" : version.val());
		return staff.post("/staff/providers/" + id + "/" + action, all);
	}

}
