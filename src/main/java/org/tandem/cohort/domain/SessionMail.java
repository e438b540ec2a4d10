package org.tandem.cohort.domain;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tandem.account.Accounts;
import org.tandem.directory.Providers;
import org.tandem.organization.Organizations;
import org.tandem.platform.AbsoluteLinks;
import org.tandem.platform.MailOutbox;
import org.tandem.platform.TandemProperties;

/**
 * Mails a session to the participants it is meant for, each with the invitation in iCalendar: the members of each
 * organization taking part (the mail is the organization's, sealed under its keys, as other mails about it are) and
 * each provider's account (the provider's). The text says what, when (in the session's own time zone, named) and
 * where to read more; the link or place and the agenda are on the session's page, reached signed in.
 */
@Component
class SessionMail {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final MailOutbox outbox;

	private final MessageSource messages;

	private final TandemProperties properties;

	private final Accounts accounts;

	private final Organizations organizations;

	private final Providers providers;

	private final AbsoluteLinks links;

	private final Clock clock;

	SessionMail(MailOutbox outbox, MessageSource messages, TandemProperties properties, Accounts accounts,
			Organizations organizations, Providers providers, AbsoluteLinks links, Clock clock) {
		this.outbox = outbox;
		this.messages = messages;
		this.properties = properties;
		this.accounts = accounts;
		this.organizations = organizations;
		this.providers = providers;
		this.links = links;
		this.clock = clock;
	}

	/** Why a session is mailed. */
	enum Occasion {

		INVITATION, UPDATE, CANCELLATION, REMINDER;

		String key() {
			return "cohort.session.mail." + name().toLowerCase(Locale.ROOT);
		}

	}

	void invite(Cohort cohort, CohortSession session, Occasion occasion) {
		Locale locale = Locale.ENGLISH;
		String page = links.forMail("/cohorts/" + cohort.id() + "/sessions/" + session.id());
		String when = WHEN.format(session.localStart()) + " (" + session.timeZone() + ")";
		String subject = text(occasion.key() + ".subject", locale, properties.hubName(), session.title());
		String body = text(occasion.key() + ".body", locale, properties.hubName(), session.title(), cohort.name(),
				when, session.durationMinutes(), page);
		MailOutbox.Attachment invitation = new MailOutbox.Attachment("invitation.ics",
				SessionCalendar.mediaType(session), SessionCalendar.invitation(session, page, clock.instant()));
		if (session.audience().organizations()) {
			for (MemberOrganization member : cohort.presentOrganizations()) {
				send(organizations.members(member.organizationId()), subject, body, member.organizationId(),
						invitation);
			}
		}
		if (session.audience().providers()) {
			for (MemberProvider member : cohort.presentProviders()) {
				providers.accountOf(member.providerId())
					.ifPresent(account -> send(java.util.List.of(account), subject, body, member.providerId(),
							invitation));
			}
		}
	}

	private void send(java.util.Collection<UUID> people, String subject, String body, UUID owner,
			MailOutbox.Attachment invitation) {
		Map<UUID, String> addresses = accounts.addressesOf(people);
		for (String address : addresses.values()) {
			outbox.enqueue(address, subject, body, owner, invitation);
		}
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

}
