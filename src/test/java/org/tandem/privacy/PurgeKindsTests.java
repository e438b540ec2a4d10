package org.tandem.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.tandem.platform.web.Languages;

/**
 * The deletion receipt names each kind of destroyed data in the reader's language: every kind any purge participant
 * may count has its message in every language, so the proof of deletion never shows a raw key.
 */
@SpringBootTest
class PurgeKindsTests {

	@Autowired
	List<PurgeParticipant> participants;

	@Autowired
	MessageSource messages;

	@Test
	void everyKindAPurgeMayCountIsNamedInEveryLanguage() {
		List<String> missing = new ArrayList<>();
		for (PurgeParticipant participant : participants) {
			assertThat(participant.kinds()).as(participant.name()).isNotEmpty();
			for (String kind : participant.kinds()) {
				for (var language : Languages.SUPPORTED) {
					Locale locale = language.locale();
					try {
						assertThat(messages.getMessage("kind." + kind, null, locale)).isNotBlank();
					}
					catch (NoSuchMessageException e) {
						missing.add(language.code() + ": kind." + kind);
					}
				}
			}
		}
		assertThat(participants).extracting(PurgeParticipant::name)
			.contains("intake", "organization", "directory", "matching", "handoff", "mail");
		assertThat(missing).isEmpty();
	}

}
