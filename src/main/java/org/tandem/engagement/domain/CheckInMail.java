package org.tandem.engagement.domain;

import java.util.Collection;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tandem.account.Accounts;
import org.tandem.platform.AbsoluteLinks;
import org.tandem.platform.MailOutbox;
import org.tandem.platform.Role;
import org.tandem.platform.TandemProperties;

/**
 * The keep-in-touch mail: a check-in's one-time link to the people of one side, and staff's notice that a side needs
 * help. Neither carries anything anybody wrote, only the hub's name, the engagement's id and links; the mail is
 * queued under the organization, so its purge takes back what is still waiting.
 */
@Component
class CheckInMail {

	private final MailOutbox outbox;

	private final MessageSource messages;

	private final TandemProperties properties;

	private final Accounts accounts;

	private final AbsoluteLinks links;

	CheckInMail(MailOutbox outbox, MessageSource messages, TandemProperties properties, Accounts accounts,
			AbsoluteLinks links) {
		this.outbox = outbox;
		this.messages = messages;
		this.properties = properties;
		this.accounts = accounts;
		this.links = links;
	}

	/** The check-in's link, to every person of the side who gave an address. */
	void checkIn(CheckIn checkIn, Collection<UUID> people, String token) {
		Locale locale = Locale.ENGLISH;
		String subject = text("engagement.mail.checkIn.subject", locale, properties.hubName());
		String body = text("engagement.mail.checkIn.body", locale, properties.hubName(),
				links.forMail("/check-ins/" + token), links.forMail("/engagements/" + checkIn.engagementId()
						+ "/check-ins"));
		for (String address : accounts.addressesOf(people).values()) {
			outbox.enqueue(address, subject, body, checkIn.organizationId());
		}
	}

	/**
	 * A side needs help: the engagement's assigned staff are told, or every staff member when nobody is assigned. The
	 * mail says only that help is needed and where to look.
	 */
	void needHelp(CheckIn checkIn, Collection<UUID> assignedStaff) {
		Locale locale = Locale.ENGLISH;
		String subject = text("engagement.mail.needHelp.subject", locale, properties.hubName());
		String body = text("engagement.mail.needHelp.body", locale, checkIn.engagementId().toString(),
				text(checkIn.side().messageKey(), locale), links.forMail("/staff/engagements/alerts"));
		Collection<String> addresses = assignedStaff.isEmpty() ? accounts.addressesOf(Role.STAFF)
				: accounts.addressesOf(assignedStaff).values();
		for (String address : addresses) {
			outbox.enqueue(address, subject, body, checkIn.organizationId());
		}
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

}
