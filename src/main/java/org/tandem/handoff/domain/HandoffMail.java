package org.tandem.handoff.domain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tandem.account.Accounts;
import org.tandem.directory.ProviderContact;
import org.tandem.matching.Matching;
import org.tandem.platform.AbsoluteLinks;
import org.tandem.platform.MailOutbox;
import org.tandem.platform.Role;
import org.tandem.platform.TandemProperties;

/**
 * The handoff's mail. Nothing in it identifies an organization: providers get a link (and, with an OpenPGP key, the
 * introduction encrypted to it), staff get the request's reference and a link. Every mail names its request, so a
 * purge takes back what is still queued.
 */
@Component
class HandoffMail {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final MailOutbox outbox;

	private final MessageSource messages;

	private final TandemProperties properties;

	private final Accounts accounts;

	private final AbsoluteLinks links;

	HandoffMail(MailOutbox outbox, MessageSource messages, TandemProperties properties, Accounts accounts,
			AbsoluteLinks links) {
		this.outbox = outbox;
		this.messages = messages;
		this.properties = properties;
		this.accounts = accounts;
		this.links = links;
	}

	/**
	 * A new offer: the deadline, the services needed and those that would help (names only, which identify nobody),
	 * and the link. The assessment's note for providers is sealed data and this mail is not encrypted: the mail only
	 * says there is one, to be read in Tandem.
	 */
	void offer(ProviderContact provider, Offer offer, Matching.Needed services, boolean note) {
		Locale locale = Locale.forLanguageTag(provider.language());
		Instant deadline = java.util.Objects.requireNonNull(offer.deadline());
		StringBuilder body = new StringBuilder(text("handoff.mail.offer.body", locale, properties.hubName(),
				WHEN.format(deadline), links.forMail("/provider/handoffs/" + offer.id())));
		if (!services.needed().isEmpty()) {
			body.append("\n\n").append(text("handoff.mail.offer.needed", locale, names(services.needed(), locale)));
		}
		if (!services.helpful().isEmpty()) {
			body.append("\n").append(text("handoff.mail.offer.helpful", locale, names(services.helpful(), locale)));
		}
		if (note) {
			body.append("\n\n").append(text("handoff.mail.offer.note", locale));
		}
		outbox.enqueue(provider.email(), text("handoff.mail.offer.subject", locale, properties.hubName()),
				body.toString(), offer.requestId());
	}

	/** The taxonomy's names of services, listed the way the language lists (Arabic with its own comma). */
	private String names(List<String> codes, Locale locale) {
		String separator = "ar".equals(locale.getLanguage()) ? "، " : ", ";
		return String.join(separator, codes.stream()
			.map(code -> text("directory.service." + code.toLowerCase(Locale.ROOT), locale))
			.toList());
	}

	/**
	 * The introduction, encrypted to the provider's key when they gave one that can encrypt; otherwise only a link.
	 */
	void introduced(ProviderContact provider, Offer offer, String introduction) {
		Locale locale = Locale.forLanguageTag(provider.language());
		String link = links.forMail("/provider/handoffs/" + offer.id());
		String encrypted = provider.openpgpKey() == null ? null
				: OpenPgpMessages.encrypt(provider.openpgpKey(), introduction).orElse(null);
		String body = encrypted == null ? text("handoff.mail.introduced.body", locale, properties.hubName(), link)
				: text("handoff.mail.introduced.encrypted", locale, properties.hubName(), link) + "\n\n" + encrypted;
		outbox.enqueue(provider.email(), text("handoff.mail.introduced.subject", locale, properties.hubName()), body,
				offer.requestId());
	}

	void contactReminder(ProviderContact provider, Offer offer) {
		Locale locale = Locale.forLanguageTag(provider.language());
		outbox.enqueue(provider.email(), text("handoff.mail.reminder.subject", locale, properties.hubName()),
				text("handoff.mail.reminder.body", locale, properties.hubName(),
						links.forMail("/provider/handoffs/" + offer.id())),
				offer.requestId());
	}

	void followUp(ProviderContact provider, FollowUp followUp) {
		Locale locale = Locale.forLanguageTag(provider.language());
		outbox.enqueue(provider.email(), text("handoff.mail.followUp.subject", locale, properties.hubName()),
				text("handoff.mail.followUp.body", locale, properties.hubName(),
						links.forMail("/provider/handoffs/follow-ups/" + followUp.id())),
				followUp.requestId());
	}

	/** Tells every staff member (in the hub's language) that a handoff needs them. */
	void staff(UUID requestId, String reference, String what) {
		Locale locale = Locale.ENGLISH;
		String subject = text("handoff.mail.staff.subject", locale, reference);
		String body = text("handoff.mail.staff.body", locale, reference, text(what, locale),
				links.forMail("/staff/requests/" + requestId + "/handoff"));
		for (String address : accounts.addressesOf(Role.STAFF)) {
			outbox.enqueue(address, subject, body, requestId);
		}
	}

	String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

}
