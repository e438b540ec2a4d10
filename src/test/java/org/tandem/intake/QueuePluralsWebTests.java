package org.tandem.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.MessageSource;
import org.tandem.platform.Role;
import org.tandem.platform.web.IcuMessageSource;
import org.tandem.support.WebSession;

/**
 * The triage queue's tallies agree with their counts: one emergency is "1 emergency", in every language's own plural
 * forms. A context of its own (its own database), so the counts are only this test's requests.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "tandem.test.context=queue-plurals")
class QueuePluralsWebTests extends IntakeTestSupport {

	@Autowired
	MessageSource messages;

	@Test
	void aQueueWithOneEmergencySaysOneEmergency() {
		assertThat(messages).isInstanceOf(IcuMessageSource.class);
		WebSession staff = signedIn(Role.STAFF);
		assertThat(tally(staff, "en", "emergencies")).isEqualTo("0 emergencies");

		Map<String, String> emergency = validForm();
		emergency.put("urgency", "EMERGENCY");
		submit(visitor(), emergency);
		assertThat(tally(staff, "en", "emergencies")).isEqualTo("1 emergency");
		assertThat(tally(staff, "en", "open")).isEqualTo("1 open");
		assertThat(tally(staff, "es", "emergencies")).isEqualTo("1 emergencia");
		assertThat(tally(staff, "fr", "unassigned")).isEqualTo("1 non attribuée");
		assertThat(tally(staff, "ar", "emergencies")).isEqualTo("1 طارئة");
		// the age filter's choices are counted too
		WebSession.Page queue = staff.get("/staff/requests?lang=en");
		assertThat(queue.html().select("select[name=age] option").eachText()).contains("Older than 1 day",
				"Older than 3 days");

		submit(visitor(), emergency);
		assertThat(tally(staff, "en", "emergencies")).isEqualTo("2 emergencies");
		assertThat(tally(staff, "fr", "unassigned")).isEqualTo("2 non attribuées");
		assertThat(tally(staff, "ar", "emergencies")).isEqualTo("2 طارئتان");

		// the same bean formats for code: a plural chosen by number, in the reader's language
		assertThat(messages.getMessage("intake.queue.olderThan", new Object[] { 1 }, Locale.ENGLISH))
			.isEqualTo("Older than 1 day");
		assertThat(messages.getMessage("intake.queue.olderThan", new Object[] { 2 }, Locale.forLanguageTag("ar")))
			.isEqualTo("أقدم من يومين");
	}

	private static String tally(WebSession staff, String language, String which) {
		var item = staff.get("/staff/requests?lang=" + language).html().selectFirst("#count-" + which).parent();
		return item.text();
	}

}
