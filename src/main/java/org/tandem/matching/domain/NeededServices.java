package org.tandem.matching.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.directory.Providers;
import org.tandem.intake.Requests;
import org.tandem.matching.Matching;
import org.tandem.matching.engine.Importance;
import org.tandem.matching.persistence.MatchNeedsRepository;

/** Matching's side of {@link Matching}: the saved needs profile, or the default one from the assessment. */
@Component
class NeededServices implements Matching {

	private final Requests requests;

	private final MatchNeedsRepository needs;

	private final Matchmaker matchmaker;

	private final Providers providers;

	NeededServices(Requests requests, MatchNeedsRepository needs, Matchmaker matchmaker,
			Providers providers) {
		this.requests = requests;
		this.needs = needs;
		this.matchmaker = matchmaker;
		this.providers = providers;
	}

	@Override
	@Transactional(readOnly = true)
	public Needed servicesNeeded(UUID requestId) {
		return requests.find(requestId).map(request -> {
			Map<String, Importance> services = needs.findById(requestId)
				.map(MatchNeeds::profile)
				.orElseGet(() -> matchmaker.defaults(request))
				.services();
			List<String> needed = new ArrayList<>();
			List<String> helpful = new ArrayList<>();
			for (String code : providers.serviceCodes()) {
				Importance importance = services.get(code);
				if (importance == Importance.MUST) {
					needed.add(code);
				}
				else if (importance == Importance.HELPFUL) {
					helpful.add(code);
				}
			}
			return new Needed(needed, helpful);
		}).orElseGet(() -> new Needed(List.of(), List.of()));
	}

}
