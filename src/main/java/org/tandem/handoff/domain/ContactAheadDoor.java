package org.tandem.handoff.domain;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.handoff.ContactAhead;
import org.tandem.handoff.persistence.HandoffRepository;

/** {@link ContactAhead} from the handoff and its accepted offer. */
@Component
class ContactAheadDoor implements ContactAhead {

	/** The stages between a provider's acceptance and confirmed contact. */
	private static final Set<Stage> AHEAD = EnumSet.of(Stage.ACCEPTED, Stage.INTRODUCED, Stage.CONTACT_FAILED,
			Stage.CONTACT_RECORDED);

	private final HandoffRepository handoffs;

	private final HandoffSupport support;

	ContactAheadDoor(HandoffRepository handoffs, HandoffSupport support) {
		this.handoffs = handoffs;
		this.support = support;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Ahead> ahead(UUID requestId) {
		return handoffs.findById(requestId)
			.filter(handoff -> AHEAD.contains(handoff.stage()))
			.flatMap(handoff -> support.accepted(requestId)
				.map(offer -> new Ahead(offer.providerId(), handoff.anonymous())));
	}

}
