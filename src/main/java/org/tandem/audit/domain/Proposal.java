package org.tandem.audit.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.tandem.audit.AuditSetting;
import org.tandem.audit.catalog.CatalogActivity;

/**
 * The proposal rule, a plain function of the catalog and the audit's context (no Spring, no database): an activity fits
 * when one of its remote options is allowed where the audit is done, when it suits an organization of this size (its
 * largest size is at least the organization's, or not given), and when it takes no more than the time available (or
 * either time is not given). Skills do not exclude: an activity asking for a skill the auditor did not tick is still
 * proposed, with the gap named, because an auditor can bring someone who has it, and the catalog's activities train
 * skills too. Retired activities are never proposed. The candidates come in the catalog's order of methods (the order
 * in which the catalog first names each method), then in the catalog's order of activities; an activity listed by
 * several methods comes with the first of them.
 */
public final class Proposal {

	private Proposal() {
	}

	/** What an audit's context says for the rule: where, how many people, the auditor's skills, the minutes (0: not said). */
	public record Needs(AuditSetting setting, int organizationSize, Set<String> skills, int minutesAvailable) {

		public Needs {
			skills = Set.copyOf(skills);
		}

		public static Needs of(Audit audit) {
			return new Needs(audit.setting(), audit.organizationSize(), audit.auditorSkills(), audit.minutesAvailable());
		}

	}

	/** What the rule checks. */
	public enum Check {

		SETTING, SIZE, SKILLS, TIME

	}

	/** How a check came out: met, not met but shown (a skill gap), not met. */
	public enum Verdict {

		OK, GAP, NO

	}

	/**
	 * Why an activity fits or what is missing, for one check: its message key ({@code audit.plan.why.*}) and its
	 * arguments (people for the size, minutes for the time, skill slugs for the skills).
	 */
	public record Reason(Check check, Verdict verdict, String messageKey, List<Object> arguments) {

		public Reason {
			arguments = List.copyOf(arguments);
		}

	}

	/** An activity with the rule's verdict and its reasons, in the order of the checks. */
	public record Candidate(CatalogActivity activity, boolean fits, List<Reason> reasons) {

		public Candidate {
			reasons = List.copyOf(reasons);
		}

		/** The skills it asks for that the auditor did not tick. */
		public Set<String> missingSkills() {
			return reasons.stream()
				.filter(r -> r.check() == Check.SKILLS && r.verdict() == Verdict.GAP)
				.flatMap(r -> r.arguments().stream())
				.map(String::valueOf)
				.collect(java.util.stream.Collectors.toCollection(TreeSet::new));
		}

	}

	/** Every activity that is not retired, with its verdict, in the order described above. */
	public static List<Candidate> of(List<CatalogActivity> catalog, Needs needs) {
		return order(catalog).stream().filter(a -> !a.retired()).map(a -> judge(a, needs)).toList();
	}

	/** The candidates that fit. */
	public static List<Candidate> fitting(List<CatalogActivity> catalog, Needs needs) {
		return of(catalog, needs).stream().filter(Candidate::fits).toList();
	}

	/** One activity judged against the needs. */
	public static Candidate judge(CatalogActivity activity, Needs needs) {
		List<Reason> reasons = List.of(setting(activity, needs), size(activity, needs), skills(activity, needs),
				time(activity, needs));
		return new Candidate(activity, reasons.stream().noneMatch(r -> r.verdict() == Verdict.NO), reasons);
	}

	private static Reason setting(CatalogActivity activity, Needs needs) {
		boolean fits = needs.setting().fits(activity.remoteOptions());
		return new Reason(Check.SETTING, fits ? Verdict.OK : Verdict.NO,
				fits ? "audit.plan.why.setting.ok" : "audit.plan.why.setting.no", List.of());
	}

	private static Reason size(CatalogActivity activity, Needs needs) {
		Integer under = activity.organizationSizeUnder();
		if (under == null) {
			return new Reason(Check.SIZE, Verdict.OK, "audit.plan.why.size.any", List.of());
		}
		boolean fits = under >= needs.organizationSize();
		return new Reason(Check.SIZE, fits ? Verdict.OK : Verdict.NO,
				fits ? "audit.plan.why.size.ok" : "audit.plan.why.size.no",
				fits ? List.of(under) : List.of(under, needs.organizationSize()));
	}

	private static Reason skills(CatalogActivity activity, Needs needs) {
		if (activity.skillsRequired().isEmpty()) {
			return new Reason(Check.SKILLS, Verdict.OK, "audit.plan.why.skills.none", List.of());
		}
		Set<String> missing = new TreeSet<>(activity.skillsRequired());
		missing.removeAll(needs.skills());
		return missing.isEmpty() ? new Reason(Check.SKILLS, Verdict.OK, "audit.plan.why.skills.ok", List.of())
				: new Reason(Check.SKILLS, Verdict.GAP, "audit.plan.why.skills.gap", List.copyOf(missing));
	}

	private static Reason time(CatalogActivity activity, Needs needs) {
		Integer minutes = activity.minutes();
		if (minutes == null) {
			return new Reason(Check.TIME, Verdict.OK, "audit.plan.why.time.unknown", List.of());
		}
		if (needs.minutesAvailable() <= 0) {
			return new Reason(Check.TIME, Verdict.OK, "audit.plan.why.time.noLimit", List.of(minutes));
		}
		boolean fits = minutes <= needs.minutesAvailable();
		return new Reason(Check.TIME, fits ? Verdict.OK : Verdict.NO,
				fits ? "audit.plan.why.time.ok" : "audit.plan.why.time.no", List.of(minutes, needs.minutesAvailable()));
	}

	/** By method (in the order the catalog first names each), then in the catalog's own order. */
	static List<CatalogActivity> order(List<CatalogActivity> catalog) {
		Map<String, Integer> methodRank = new HashMap<>();
		Set<String> methods = new LinkedHashSet<>();
		catalog.forEach(a -> methods.addAll(a.methods()));
		int rank = 0;
		for (String method : methods) {
			methodRank.put(method, rank++);
		}
		Map<CatalogActivity, Integer> place = new HashMap<>();
		for (int i = 0; i < catalog.size(); i++) {
			place.putIfAbsent(catalog.get(i), i);
		}
		List<CatalogActivity> ordered = new ArrayList<>(catalog);
		ordered.sort(Comparator.<CatalogActivity>comparingInt(a -> firstMethod(a, methodRank))
			.thenComparingInt(place::get));
		return ordered;
	}

	private static int firstMethod(CatalogActivity activity, Map<String, Integer> methodRank) {
		return activity.methods().stream().mapToInt(m -> methodRank.getOrDefault(m, Integer.MAX_VALUE)).min()
			.orElse(Integer.MAX_VALUE);
	}

	/** The sum of the minutes of these activities, those without a time counting for nothing. */
	public static int totalMinutes(List<@Nullable Integer> minutes) {
		return minutes.stream().filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).sum();
	}

}
