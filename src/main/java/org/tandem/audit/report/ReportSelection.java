package org.tandem.audit.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.tandem.audit.report.ReportInput.Finding;
import org.tandem.audit.Priority;
import org.tandem.audit.report.ReportInput.Recommendation;
import org.tandem.audit.RecommendationStatus;

/**
 * What the summary puts first, as plain rules (the tests state them with worked examples):
 * <ul>
 * <li>top findings: the weightiest (likelihood × impact), then the greater impact, then as the audit lists them; at most
 * {@value #TOP};</li>
 * <li>top recommendations: those not declined, by priority (high first), then by the weight of the weightiest finding
 * they answer, then as listed; at most {@value #TOP};</li>
 * <li>what to do first: the high-priority recommendations accepted or still proposed, by the weight of the weightiest
 * finding they answer, accepted before proposed, then as listed; at most {@value #FIRST}.</li>
 * </ul>
 */
public final class ReportSelection {

	public static final int TOP = 5;

	public static final int FIRST = 3;

	private ReportSelection() {
	}

	public static List<Finding> topFindings(List<Finding> findings) {
		return ordered(findings, Comparator.comparingInt((Finding f) -> -f.weight()).thenComparingInt(f -> -f.impact()),
				TOP);
	}

	/** The whole list in the summary's order (the full report lists every finding, weightiest first). */
	public static List<Finding> byWeight(List<Finding> findings) {
		return ordered(findings, Comparator.comparingInt((Finding f) -> -f.weight()).thenComparingInt(f -> -f.impact()),
				Integer.MAX_VALUE);
	}

	public static List<Recommendation> topRecommendations(List<Recommendation> recommendations,
			List<Finding> findings) {
		Map<String, Integer> weights = weights(findings);
		return ordered(
				recommendations.stream().filter(r -> r.status() != RecommendationStatus.DECLINED).toList(),
				Comparator.comparingInt((Recommendation r) -> r.priority().ordinal())
					.thenComparingInt(r -> -weight(r, weights)),
				TOP);
	}

	public static List<Recommendation> firstSteps(List<Recommendation> recommendations, List<Finding> findings) {
		Map<String, Integer> weights = weights(findings);
		return ordered(recommendations.stream()
			.filter(r -> r.priority() == Priority.HIGH)
			.filter(r -> r.status() == RecommendationStatus.ACCEPTED || r.status() == RecommendationStatus.PROPOSED)
			.toList(),
				Comparator.comparingInt((Recommendation r) -> -weight(r, weights))
					.thenComparingInt(r -> r.status() == RecommendationStatus.ACCEPTED ? 0 : 1),
				FIRST);
	}

	/** The weight of the weightiest finding the recommendation answers; 0 when it names none the audit has. */
	public static int weight(Recommendation recommendation, List<Finding> findings) {
		return weight(recommendation, weights(findings));
	}

	private static int weight(Recommendation recommendation, Map<String, Integer> weights) {
		return recommendation.findings().stream().mapToInt(title -> weights.getOrDefault(title, 0)).max().orElse(0);
	}

	private static Map<String, Integer> weights(List<Finding> findings) {
		return findings.stream().collect(Collectors.toMap(Finding::title, Finding::weight, Math::max));
	}

	/** Sorted by the comparator, ties kept in the order given (a stable sort), cut at {@code limit}. */
	private static <T> List<T> ordered(List<T> items, Comparator<T> order, int limit) {
		List<Integer> positions = new ArrayList<>(IntStream.range(0, items.size()).boxed().toList());
		positions.sort(Comparator.<Integer, T>comparing(items::get, order).thenComparing(Comparator.naturalOrder()));
		return positions.stream().limit(limit).map(items::get).toList();
	}

}
