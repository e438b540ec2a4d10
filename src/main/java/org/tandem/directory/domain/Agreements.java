package org.tandem.directory.domain;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tandem.directory.persistence.AgreementRepository;

/** The agreement texts in each language, and the provider's acceptances of them (each with the exact text). */
@Component
public class Agreements {

	private final AgreementRepository acceptances;

	private final ProviderStore store;

	private final MessageSource messages;

	private final Clock clock;

	Agreements(AgreementRepository acceptances, ProviderStore store, MessageSource messages, Clock clock) {
		this.acceptances = acceptances;
		this.store = store;
		this.messages = messages;
		this.clock = clock;
	}

	/** The current text of an agreement in a language. */
	public String text(Agreement agreement, Locale locale) {
		return messages.getMessage(agreement.textKey(), null, locale);
	}

	public List<AgreementAcceptance> of(UUID providerId) {
		return acceptances.findByProviderIdOrderByAcceptedAt(providerId);
	}

	/** The agreements whose current version the provider has not accepted. */
	public Set<Agreement> missing(UUID providerId) {
		Set<Agreement> missing = EnumSet.allOf(Agreement.class);
		of(providerId).stream().filter(AgreementAcceptance::current).forEach(a -> missing.remove(a.agreement()));
		return missing;
	}

	/** Records the acceptance of each agreement's current text, in the language it was shown in. */
	void accept(UUID providerId, Collection<Agreement> accepted, Locale locale, @Nullable UUID actor) {
		Set<Agreement> missing = missing(providerId);
		for (Agreement agreement : accepted) {
			if (missing.contains(agreement)) {
				acceptances.save(AgreementAcceptance.of(providerId, agreement, locale.getLanguage(),
						text(agreement, locale), clock.instant()));
				store.record(providerId, LedgerKind.AGREEMENT_ACCEPTED, agreement.name() + ":" + agreement.version(),
						actor);
			}
		}
	}

}
