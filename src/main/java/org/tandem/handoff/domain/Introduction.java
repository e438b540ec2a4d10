package org.tandem.handoff.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.Table;
import org.tandem.privacy.DataOwner;
import org.tandem.privacy.SealedText;

/**
 * What the organization chose to reveal to the provider who accepted, and the channel it prefers; sealed under the
 * request's keys, so the purge of an anonymous request leaves nothing of it readable.
 */
@Table("handoff_introduction")
public class Introduction implements Persistable<UUID> {

	@Id
	@DataOwner
	private final UUID requestId;

	private final UUID offerId;

	private final UUID providerId;

	private final SealedText revealed;

	private final String channel;

	private final Instant introducedAt;

	@org.springframework.data.annotation.Transient
	private final boolean fresh;

	@PersistenceCreator
	Introduction(UUID requestId, UUID offerId, UUID providerId, SealedText revealed, String channel,
			Instant introducedAt) {
		this(requestId, offerId, providerId, revealed, channel, introducedAt, false);
	}

	private Introduction(UUID requestId, UUID offerId, UUID providerId, SealedText revealed, String channel,
			Instant introducedAt, boolean fresh) {
		this.requestId = requestId;
		this.offerId = offerId;
		this.providerId = providerId;
		this.revealed = revealed;
		this.channel = channel;
		this.introducedAt = introducedAt;
		this.fresh = fresh;
	}

	static Introduction of(Offer offer, List<Item> items, String channel, Instant now) {
		StringBuilder text = new StringBuilder();
		for (Item item : items) {
			text.append(item.kind()).append('\t').append(item.value().replace("\r", "").replace("\n", "\u2028"))
				.append('\n');
		}
		return new Introduction(offer.requestId(), offer.id(), offer.providerId(), SealedText.of(text.toString()),
				channel, now, true);
	}

	/** What was revealed, in the order chosen; empty if the keys are gone. */
	public List<Item> items() {
		if (revealed.isDestroyed()) {
			return List.of();
		}
		List<Item> items = new ArrayList<>();
		for (String line : revealed.reveal().split("\n")) {
			int tab = line.indexOf('\t');
			if (tab > 0) {
				items.add(new Item(line.substring(0, tab), line.substring(tab + 1).replace("\u2028", "\n")));
			}
		}
		return items;
	}

	@Override
	public UUID getId() {
		return requestId;
	}

	@Override
	public boolean isNew() {
		return fresh;
	}

	public UUID requestId() {
		return requestId;
	}

	public UUID offerId() {
		return offerId;
	}

	public UUID providerId() {
		return providerId;
	}

	public String channel() {
		return channel;
	}

	public Instant introducedAt() {
		return introducedAt;
	}

	/**
	 * One revealed item: {@code ORGANIZATION}, {@code REGION}, {@code EMAIL}, {@code SIGNAL}, {@code PHONE},
	 * {@code OPENPGP}, {@code MESSAGE} (a few words to the provider) or {@code COHORT} (the cohort inside which
	 * the introduction happens, added by the hub).
	 */
	public record Item(String kind, String value) {

		public String messageKey() {
			return "handoff.reveal." + kind.toLowerCase(java.util.Locale.ROOT);
		}

	}

}
