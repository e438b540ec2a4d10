package org.tandem.matching.engine;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.tandem.matching.engine.Reason.Term;
import org.tandem.matching.engine.Reason.Term.Kind;

/**
 * Says why, in message keys the product translates: the parts of a recommended provider's score and the reasons
 * behind it, or the constraints that exclude a provider and the facts that fail them.
 */
final class Explainer {

	private Explainer() {
	}

	static Recommendation explain(CompiledProvider p, ProviderFacts facts, CompiledNeeds n, int score) {
		return new Recommendation(facts, score, parts(p, n), reasons(p, facts, n));
	}

	private static List<Recommendation.Part> parts(CompiledProvider p, CompiledNeeds n) {
		long total = 0;
		for (Component c : Scoring.COMPONENTS) {
			if (n.weights[c.ordinal()] > 0 && Scoring.value(c, p, n) >= 0) {
				total += n.weights[c.ordinal()];
			}
		}
		List<Recommendation.Part> parts = new ArrayList<>();
		for (Component c : Scoring.COMPONENTS) {
			int value = Scoring.value(c, p, n);
			int w = n.weights[c.ordinal()];
			if (value >= 0) {
				parts.add(new Recommendation.Part(c, w, value, total == 0 ? 0 : (int) Math.round((double) w * value / total)));
			}
		}
		return parts;
	}

	private static List<Reason> reasons(CompiledProvider p, ProviderFacts facts, CompiledNeeds n) {
		Needs needs = n.needs;
		List<Reason> reasons = new ArrayList<>();
		Set<String> shared = new TreeSet<>(needs.languages());
		shared.retainAll(facts.fluentLanguages());
		if (!shared.isEmpty()) {
			reasons.add(Reason.of("matching.why.languages", Term.of(Kind.LANGUAGE, shared)));
		}
		else if (!needs.languages().isEmpty()) {
			reasons.add(Reason.of("matching.why.interpretation", Term.of(Kind.LANGUAGE, facts.fluentLanguages())));
		}
		services(facts, needs, reasons);
		region(facts, needs, reasons);
		communities(facts, needs, reasons);
		if (n.hasZone) {
			int apart = Scoring.hoursApartMinutes(p.offsetMinutes, n.offsetMinutes);
			Term zone = Term.of(Kind.TIME_ZONE, List.of(facts.timeZone()));
			reasons.add(apart == 0 ? Reason.of("matching.why.timeZone.same", zone)
					: Reason.of("matching.why.timeZone", (apart + 30) / 60, zone));
		}
		reasons.add(Reason.of(p.responseHours <= needs.responseHours() ? "matching.why.response.inTime"
				: "matching.why.response.late", facts.responseHours(), needs.responseHours()));
		reasons.add(Reason.of("matching.why.fee", Term.of(Kind.FEE, facts.fees().stream().map(Enum::name).toList())));
		reasons.add(Reason.of("matching.why.load", facts.freeSlots(), facts.maxEngagements()));
		Set<Channel> common = EnumSet.noneOf(Channel.class);
		common.addAll(facts.channels());
		if (!needs.channels().isEmpty()) {
			common.retainAll(needs.channels());
		}
		if (!common.isEmpty()) {
			reasons.add(Reason.of("matching.why.channel",
					new Term(Kind.CHANNEL, common.stream().map(Enum::name).toList())));
		}
		if (needs.underserved()) {
			reasons.add(Reason.of("matching.why.underserved"));
		}
		return reasons;
	}

	private static void services(ProviderFacts facts, Needs needs, List<Reason> reasons) {
		List<String> specialist = new ArrayList<>();
		List<String> canDo = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		needs.services().keySet().forEach(code -> {
			Depth depth = facts.services().get(code);
			(depth == Depth.SPECIALIST ? specialist : depth == Depth.CAN_DO ? canDo : missing).add(code);
		});
		if (!specialist.isEmpty()) {
			reasons.add(Reason.of("matching.why.specialist", new Term(Kind.SERVICE, specialist)));
		}
		if (!canDo.isEmpty()) {
			reasons.add(Reason.of("matching.why.canDo", new Term(Kind.SERVICE, canDo)));
		}
		if (!missing.isEmpty()) {
			reasons.add(Reason.of("matching.why.missing", new Term(Kind.SERVICE, missing)));
		}
	}

	private static void region(ProviderFacts facts, Needs needs, List<Reason> reasons) {
		String country = needs.country();
		if (country == null) {
			return;
		}
		Term here = new Term(Kind.COUNTRY, List.of(country));
		if (facts.inPersonCountries().contains(country)) {
			reasons.add(Reason.of("matching.why.region.inPerson", here));
		}
		else if (facts.remoteCountries().contains(country)) {
			reasons.add(Reason.of("matching.why.region.remote", here));
		}
		else if (needs.region() != null && facts.regions().contains(needs.region())) {
			reasons.add(Reason.of("matching.why.region.region", new Term(Kind.REGION, List.of(needs.region()))));
		}
		else if (facts.remoteAnywhere()) {
			reasons.add(Reason.of("matching.why.region.anywhere"));
		}
		else {
			reasons.add(Reason.of("matching.why.region.none", here));
		}
	}

	private static void communities(ProviderFacts facts, Needs needs, List<Reason> reasons) {
		if (needs.communities().isEmpty()) {
			return;
		}
		Set<String> served = new TreeSet<>(needs.communities());
		served.retainAll(facts.communities());
		Set<String> notServed = new TreeSet<>(needs.communities());
		notServed.removeAll(facts.communities());
		if (!served.isEmpty()) {
			reasons.add(Reason.of("matching.why.community", Term.of(Kind.COMMUNITY, served)));
		}
		if (!notServed.isEmpty()) {
			reasons.add(Reason.of("matching.why.community.none", Term.of(Kind.COMMUNITY, notServed)));
		}
	}

	static Exclusion exclusion(ProviderFacts facts, CompiledNeeds n, int failures) {
		Needs needs = n.needs;
		Set<Constraint> failed = EnumSet.noneOf(Constraint.class);
		List<Reason> reasons = new ArrayList<>();
		for (Constraint c : HardConstraints.CONSTRAINTS) {
			if ((failures & c.bit()) == 0) {
				continue;
			}
			failed.add(c);
			reasons.add(switch (c) {
				case STANDING -> facts.standing() == Standing.NOT_ACTIVE ? Reason.of("matching.excluded.standing")
						: Reason.of("matching.excluded.expired");
				case PAUSED -> facts.standing() == Standing.PAUSED ? Reason.of("matching.excluded.paused")
						: Reason.of("matching.excluded.pausedDates", needs.startBy().toString());
				case CAPACITY -> Reason.of("matching.excluded.capacity", facts.openEngagements(), facts.maxEngagements());
				case LANGUAGE -> Reason.of("matching.excluded.language", Term.of(Kind.LANGUAGE, facts.fluentLanguages()),
						Term.of(Kind.LANGUAGE, needs.languages()));
				case SERVICES -> Reason.of("matching.excluded.services", new Term(Kind.SERVICE,
						needs.mustServices().stream().filter(s -> !facts.services().containsKey(s)).toList()));
				case CONFLICT -> needs.sector() != null && facts.conflictSectors().contains(needs.sector())
						? Reason.of("matching.excluded.conflictSector", new Term(Kind.SECTOR, List.of(needs.sector())))
						: Reason.of("matching.excluded.conflictOrganization");
				case EXCLUDED -> Reason.of("matching.excluded.byOrganization");
				case JURISDICTION -> {
					Set<String> both = new TreeSet<>(facts.jurisdictions());
					both.retainAll(needs.excludedJurisdictions());
					yield Reason.of("matching.excluded.jurisdiction", Term.of(Kind.COUNTRY, both));
				}
				case CHANNEL -> Reason.of("matching.excluded.channel",
						new Term(Kind.CHANNEL, facts.channels().stream().map(Enum::name).toList()),
						new Term(Kind.CHANNEL, needs.channels().stream().map(Enum::name).toList()));
			});
		}
		return new Exclusion(facts, failed, reasons);
	}

}
