package org.tandem.directory.domain;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.directory.persistence.ProviderRepository;
import org.tandem.platform.FormNonces;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.MailOutbox;
import org.tandem.platform.TandemProperties;

/**
 * Public applications to join the network. An application is stored whole or not at all: the provider, their
 * signed agreements and the first ledger entries, in one transaction. The applicant gets a receipt by mail that says
 * nothing but the reference.
 */
@Service
public class ProviderApplications {

	/** The application form's name among the forms' nonces. */
	private static final String FORM = "directory.application";

	private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ProviderRepository providers;

	private final ProviderStore store;

	private final Agreements agreements;

	private final MailOutbox mail;

	private final MessageSource messages;

	private final TandemProperties properties;

	private final FormNonces nonces;

	private final Clock clock;

	ProviderApplications(ProviderRepository providers, ProviderStore store, Agreements agreements, MailOutbox mail,
			MessageSource messages, TandemProperties properties, FormNonces nonces, Clock clock) {
		this.providers = providers;
		this.store = store;
		this.agreements = agreements;
		this.mail = mail;
		this.messages = messages;
		this.properties = properties;
		this.nonces = nonces;
		this.clock = clock;
	}

	/** Whether the application form that carried this nonce was sent already. */
	public boolean alreadyApplied(String nonce) {
		return nonces.seen(FORM, nonce);
	}

	/**
	 * Stores the application unless the form page that carried this nonce was sent already: empty then. The nonce is
	 * recorded in the application's transaction, so it is kept exactly when the application is ({@link FormNonces}).
	 */
	@Transactional
	public Optional<Provider> applyOnce(String nonce, Application application) {
		if (!nonces.firstTime(FORM, nonce)) {
			return Optional.empty();
		}
		return Optional.of(apply(application));
	}

	/** What the public form sends: the profile, capacity, retention checklist and the agreements ticked. */
	public record Application(ProviderProfile profile, Capacity capacity, RetentionPractice retention,
			Set<Agreement> accepted, Locale locale) {
	}

	@Transactional
	public Provider apply(Application application) {
		if (!application.accepted().containsAll(EnumSet.allOf(Agreement.class))) {
			throw new InvalidInput("agreements", "directory.apply.agreementsRequired");
		}
		if (!application.retention().complete()) {
			throw new InvalidInput("retention", "directory.retention.incomplete");
		}
		String reference = newReference();
		while (providers.existsByReference(reference)) {
			reference = newReference();
		}
		Provider provider = Provider.apply(reference, application.locale().getLanguage(), application.profile(),
				application.capacity(), application.retention(), clock.instant());
		Provider saved = store.save(provider, null);
		agreements.accept(saved.id(), application.accepted(), application.locale(), null);
		mail.enqueue(application.profile().contactEmail(),
				messages.getMessage("directory.mail.applied.subject", new Object[] { properties.hubName() },
						application.locale()),
				messages.getMessage("directory.mail.applied.body", new Object[] { properties.hubName(), reference },
						application.locale()),
				saved.id());
		return saved;
	}

	/** A reference staff and the provider can say aloud, such as {@code P-7K3Q9M}; not a secret. */
	static String newReference() {
		StringBuilder reference = new StringBuilder("P-");
		for (int i = 0; i < 6; i++) {
			reference.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
		}
		return reference.toString();
	}

}
