package org.tandem.cohort.domain;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tandem.account.Accounts;
import org.tandem.platform.AbsoluteLinks;
import org.tandem.platform.MailOutbox;
import org.tandem.platform.TandemProperties;

/**
 * The announcements' mail: a notice that one was posted, and the weekly digest. Each says only the hub's name, the
 * announcements' titles and the link to the cohort's space (where the person signs in to read them); never their
 * text. Each mail is queued under the account it goes to.
 */
@Component
class AnnouncementMail {

	private final MailOutbox outbox;

	private final MessageSource messages;

	private final TandemProperties properties;

	private final Accounts accounts;

	private final AbsoluteLinks links;

	AnnouncementMail(MailOutbox outbox, MessageSource messages, TandemProperties properties, Accounts accounts,
			AbsoluteLinks links) {
		this.outbox = outbox;
		this.messages = messages;
		this.properties = properties;
		this.accounts = accounts;
		this.links = links;
	}

	void notice(Cohort cohort, Announcement announcement, Collection<UUID> people) {
		Locale locale = Locale.ENGLISH;
		String subject = text("cohort.mail.announcement.subject", locale, properties.hubName());
		String body = text("cohort.mail.announcement.body", locale, properties.hubName(), announcement.title(),
				links.forMail("/cohorts/" + cohort.id() + "#announcements"));
		for (Map.Entry<UUID, String> address : accounts.addressesOf(people).entrySet()) {
			outbox.enqueue(address.getValue(), subject, body, address.getKey());
		}
	}

	void digest(Cohort cohort, List<Announcement> announcements, UUID accountId) {
		Locale locale = Locale.ENGLISH;
		String address = accounts.addressesOf(List.of(accountId)).get(accountId);
		if (address == null) {
			return;
		}
		String titles = announcements.stream().map(a -> "- " + a.title()).collect(Collectors.joining("\n"));
		String subject = text("cohort.mail.digest.subject", locale, properties.hubName());
		String body = text("cohort.mail.digest.body", locale, properties.hubName(), announcements.size(), titles,
				links.forMail("/cohorts/" + cohort.id() + "#announcements"));
		outbox.enqueue(address, subject, body, accountId);
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

}
