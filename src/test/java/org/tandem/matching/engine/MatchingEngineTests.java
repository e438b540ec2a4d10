package org.tandem.matching.engine;

import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The engine on hand-made cases: each constraint named, scores explained, weights and batches. */
class MatchingEngineTests {

	private static final Instant UNTIL = Instances.AT.plusSeconds(86_400 * 100L);

	private static ProviderFacts provider(int n, String reference) {
		return new ProviderFacts(new UUID(0, n), reference, "Provider " + n, Standing.ACTIVE, UNTIL, List.of(), 3, 1,
				Map.of("account-security", Depth.SPECIALIST, "training", Depth.CAN_DO), Set.of("es", "pt"), Set.of("CO"),
				Set.of(), false, Set.of("south-america"), Set.of("JOURNALISTS"), Set.of("BR"),
				EnumSet.of(Channel.SIGNAL), List.of(), Set.of(), "America/Bogota", 48, EnumSet.of(Fee.PRO_BONO));
	}

	private static Needs needs() {
		Map<String, Importance> services = new LinkedHashMap<>();
		services.put("account-security", Importance.MUST);
		services.put("training", Importance.HELPFUL);
		return new Needs(new UUID(1, 1), services, Set.of("es"), false, "CO", "south-america", "America/Bogota",
				Set.of("JOURNALISTS"), 72, Fee.PRO_BONO, Instances.TODAY.plusDays(7), Set.of(), Set.of(),
				EnumSet.of(Channel.SIGNAL, Channel.ENCRYPTED_EMAIL), "Radio Libre del Sur", "MEDIA", false);
	}

	private static ProviderFacts with(ProviderFacts p, java.util.function.UnaryOperator<Object[]> change) {
		Object[] f = { p.id(), p.reference(), p.name(), p.standing(), p.vettedUntil(), p.pauses(), p.maxEngagements(),
				p.openEngagements(), p.services(), p.fluentLanguages(), p.remoteCountries(), p.inPersonCountries(),
				p.remoteAnywhere(), p.regions(), p.communities(), p.jurisdictions(), p.channels(),
				p.conflictOrganizations(), p.conflictSectors(), p.timeZone(), p.responseHours(), p.fees() };
		f = change.apply(f);
		@SuppressWarnings("unchecked")
		ProviderFacts changed = new ProviderFacts((UUID) f[0], (String) f[1], (String) f[2], (Standing) f[3],
				(Instant) f[4], (List<ProviderFacts.DatedPause>) f[5], (int) f[6], (int) f[7], (Map<String, Depth>) f[8],
				(Set<String>) f[9], (Set<String>) f[10], (Set<String>) f[11], (boolean) f[12], (Set<String>) f[13],
				(Set<String>) f[14], (Set<String>) f[15], (Set<Channel>) f[16], (List<String>) f[17],
				(Set<String>) f[18], (String) f[19], (int) f[20], (Set<Fee>) f[21]);
		return changed;
	}

	private static ProviderFacts set(ProviderFacts p, int field, Object value) {
		return with(p, f -> {
			f[field] = value;
			return f;
		});
	}

	@Test
	void eachHardConstraintIsNamedWhenItExcludes() {
		ProviderFacts base = provider(1, "P-1");
		Map<Constraint, ProviderFacts> failing = new EnumMap<>(Constraint.class);
		failing.put(Constraint.STANDING, set(base, 4, Instances.AT.minusSeconds(1)));
		failing.put(Constraint.PAUSED, set(base, 5, List.of(new ProviderFacts.DatedPause(Instances.TODAY.minusDays(1),
				Instances.TODAY.plusDays(7)))));
		failing.put(Constraint.CAPACITY, set(base, 7, 3));
		failing.put(Constraint.LANGUAGE, set(base, 9, Set.of("fr")));
		failing.put(Constraint.SERVICES, set(base, 8, Map.of("training", Depth.SPECIALIST)));
		failing.put(Constraint.CONFLICT, set(base, 17, List.of("radio libre del sur")));
		failing.put(Constraint.JURISDICTION, set(base, 15, Set.of("CO")));
		failing.put(Constraint.CHANNEL, set(base, 16, EnumSet.of(Channel.PHONE)));
		int n = 2;
		for (Map.Entry<Constraint, ProviderFacts> e : failing.entrySet()) {
			ProviderFacts p = set(set(e.getValue(), 0, new UUID(0, n)), 1, "P-" + n++);
			ProviderPool pool = ProviderPool.of(List.of(base, p), Instances.AT, Instances.TODAY);
			Needs needs = e.getKey() == Constraint.JURISDICTION ? withExcludedJurisdiction(needs(), "CO") : needs();
			assertThat(pool.exclusions(needs, Weights.defaults())).singleElement().satisfies(x -> {
				assertThat(x.provider().id()).isEqualTo(p.id());
				assertThat(x.failed()).containsExactly(e.getKey());
				assertThat(x.reasons()).singleElement().extracting(Reason::key).asString().startsWith("matching.excluded.");
				// the hub's constraints may be overridden with a reason; the organization's jurisdictions never
				assertThat(x.overridable()).as(e.getKey().name()).isEqualTo(e.getKey() != Constraint.JURISDICTION);
			});
			assertThat(pool.rank(needs, Weights.defaults(), 10).excludedBy()).containsExactly(Map.entry(e.getKey(), 1));
		}
		ProviderPool pool = ProviderPool.of(List.of(base), Instances.AT, Instances.TODAY);
		Needs excluding = new Needs(new UUID(1, 1), needs().services(), Set.of("es"), false, "CO", "south-america", null,
				Set.of(), 72, Fee.PAID, Instances.TODAY, Set.of(base.id()), Set.of(), Set.of(), null, null, false);
		assertThat(pool.exclusions(excluding, Weights.defaults()).get(0).failed()).containsExactly(Constraint.EXCLUDED);
		assertThat(pool.exclusions(excluding, Weights.defaults()).get(0).overridable()).isFalse();
		// a paused provider back before the work must start is not excluded; the sector conflict is named
		ProviderFacts back = set(base, 5, List.of(new ProviderFacts.DatedPause(Instances.TODAY, Instances.TODAY.plusDays(3))));
		assertThat(ProviderPool.of(List.of(back), Instances.AT, Instances.TODAY).rank(needs(), Weights.defaults(), 5).feasible())
			.isEqualTo(1);
		ProviderFacts sector = set(base, 18, Set.of("MEDIA"));
		assertThat(ProviderPool.of(List.of(sector), Instances.AT, Instances.TODAY).exclusions(needs(), Weights.defaults()))
			.singleElement()
			.satisfies(x -> assertThat(x.reasons().get(0).key()).isEqualTo("matching.excluded.conflictSector"));
	}

	private static Needs withExcludedJurisdiction(Needs n, String country) {
		return new Needs(n.request(), n.services(), n.languages(), n.interpretation(), n.country(), n.region(),
				n.timeZone(), n.communities(), n.responseHours(), n.budget(), n.startBy(), n.excludedProviders(),
				Set.of(country), n.channels(), n.organizationName(), n.sector(), n.underserved());
	}

	@Test
	void aRecommendationIsExplainedComponentByComponent() {
		ProviderPool pool = ProviderPool.of(List.of(provider(1, "P-1")), Instances.AT, Instances.TODAY);
		Recommendation r = pool.rank(needs(), Weights.defaults(), 5).recommendations().get(0);
		assertThat(r.reasons()).extracting(Reason::key)
			.containsExactly("matching.why.languages", "matching.why.specialist", "matching.why.canDo",
					"matching.why.region.remote", "matching.why.community", "matching.why.timeZone.same",
					"matching.why.response.inTime", "matching.why.fee", "matching.why.load", "matching.why.channel");
		assertThat(r.reasons().get(0).args()).containsExactly(new Reason.Term(Reason.Term.Kind.LANGUAGE, List.of("es")));
		assertThat(r.reasons().get(8).args()).containsExactly(2, 3);
		Map<Component, Integer> values = new EnumMap<>(Component.class);
		r.parts().forEach(p -> values.put(p.component(), p.value()));
		// specialist in the must (2 × 1.0) and can do the helpful one (1 × 0.6): 2.6 / 3
		assertThat(values).containsEntry(Component.COVERAGE, 867)
			.containsEntry(Component.REGION, 800)
			.containsEntry(Component.COMMUNITY, 1000)
			.containsEntry(Component.TIME_ZONE, 1000)
			.containsEntry(Component.RESPONSE, 1000)
			.containsEntry(Component.FEE, 1000)
			.containsEntry(Component.LOAD, 666)
			.containsEntry(Component.UNDERSERVED, 0);
		// (30×867 + 15×800 + 15×1000 + 10×1000 + 10×1000 + 10×1000 + 10×666 + 10×0) / 110
		assertThat(r.score()).isEqualTo(Math.round((30 * 867 + 15 * 800 + 15 * 1000 + 10 * 1000 + 10 * 1000 + 10 * 1000
				+ 10 * 666) / 110f));
		assertThat(r.parts().stream().mapToInt(Recommendation.Part::points).sum()).isBetween(r.score() - 4, r.score() + 4);
	}

	@Test
	void weightsChangeTheOrderAndTiesFollowTheReference() {
		ProviderFacts near = set(provider(1, "P-B"), 7, 2); // in the country, one slot free
		ProviderFacts free = set(set(set(provider(2, "P-A"), 7, 0), 10, Set.of()), 13, Set.of()); // no region, all free
		ProviderPool pool = ProviderPool.of(List.of(near, free), Instances.AT, Instances.TODAY);
		Map<Component, Integer> region = new EnumMap<>(Component.class);
		Map<Component, Integer> load = new EnumMap<>(Component.class);
		for (Component c : Component.values()) {
			region.put(c, c == Component.REGION ? 100 : 0);
			load.put(c, c == Component.LOAD ? 100 : 0);
		}
		assertThat(pool.rank(needs(), new Weights(region), 2).recommendations().get(0).provider()).isEqualTo(near);
		assertThat(pool.rank(needs(), new Weights(load), 2).recommendations().get(0).provider()).isEqualTo(free);
		Map<Component, Integer> fee = new EnumMap<>(Component.class);
		for (Component c : Component.values()) {
			fee.put(c, c == Component.FEE ? 100 : 0);
		}
		// the same fee score for both: the lower reference first, whatever the input order
		assertThat(pool.rank(needs(), new Weights(fee), 2).recommendations()).extracting(x -> x.provider().reference())
			.containsExactly("P-A", "P-B");
		assertThatThrownBy(() -> new Weights(Map.of())).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theOptimalBatchPlacesEveryoneItCan() {
		// one free slot each; only the first provider works in Spanish, so the request that also takes Portuguese
		// must go to the second one for both to be placed
		ProviderFacts a = set(provider(1, "P-1"), 6, 2);
		ProviderFacts b = set(set(set(provider(2, "P-2"), 9, Set.of("pt")), 6, 1), 7, 0);
		Needs spanish = needs();
		Needs either = new Needs(new UUID(1, 2), needs().services(), Set.of("es", "pt"), false, "CO", "south-america",
				"America/Bogota", Set.of("JOURNALISTS"), 72, Fee.PRO_BONO, Instances.TODAY.plusDays(7), Set.of(),
				Set.of(), EnumSet.of(Channel.SIGNAL), null, null, false);
		ProviderPool pool = ProviderPool.of(List.of(a, b), Instances.AT, Instances.TODAY);
		BatchAssignment.Problem problem = BatchAssignment.prepare(pool, List.of(spanish, either), Weights.defaults());
		BatchAssignment.Result optimal = BatchAssignment.optimal(problem, BatchAssignment.Options.defaults());
		assertThat(optimal.placed()).isEqualTo(2);
		assertThat(optimal.placements().get(0).provider()).isEqualTo(a.id());
		assertThat(optimal.optimal()).isTrue();
		assertThatThrownBy(() -> BatchAssignment.edited(problem, BatchAssignment.Options.defaults(),
				java.util.Arrays.asList(b.id(), null)))
			.isInstanceOfSatisfying(BatchAssignment.InfeasibleEdit.class, e -> assertThat(e.overCapacity()).isFalse());
		// a fairness share of 50 % of two requests lets each provider take one
		BatchAssignment.Result fair = BatchAssignment.optimal(problem, new BatchAssignment.Options(true, 50));
		assertThat(fair.load().values()).allMatch(n -> n <= 1);
	}

	@Test
	void theEngineIsPlainJava() {
		var engine = new com.tngtech.archunit.core.importer.ClassFileImporter()
			.withImportOption(com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.tandem.matching.engine");
		assertThat(engine).isNotEmpty();
		com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
			.should()
			.dependOnClassesThat()
			.resideOutsideOfPackages("org.tandem.matching.engine..", "java..", "org.jspecify..", "com.google.ortools..")
			.check(engine);
	}

	@Test
	void generatedInstancesExerciseEveryConstraint() {
		Random random = new Random(7);
		List<ProviderFacts> providers = Instances.providers(random, 400);
		ProviderPool pool = ProviderPool.of(providers, Instances.AT, Instances.TODAY);
		Map<Constraint, Integer> seen = new EnumMap<>(Constraint.class);
		int feasible = 0;
		for (Needs n : Instances.requests(random, 200, providers)) {
			Ranking r = pool.rank(n, Weights.defaults(), 1);
			r.excludedBy().forEach((c, k) -> seen.merge(c, k, Integer::sum));
			feasible += r.feasible();
		}
		// the properties' generator is worth something only if each constraint both passes and fails
		assertThat(seen.keySet()).containsExactlyInAnyOrder(Constraint.values());
		assertThat(feasible).isGreaterThan(200);
	}

}
