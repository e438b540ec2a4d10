package org.tandem.evaluation.figures;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.tandem.cohort.CohortFigures;
import org.tandem.evaluation.survey.SatisfactionCounts;
import org.tandem.handoff.HandoffFigures;
import org.tandem.intake.ReferralSource;
import org.tandem.intake.RequestCounts;

/**
 * The program's figures for staff (and advisory members): read from counters that outlive the requests, handoffs
 * and cohorts they count (never from the live tables per view), then every count through {@link Disclosure}. What
 * each figure covers, and who is left out, is in docs/evaluation.md ("Program figures").
 */
@Service
public class ProgramFigures {

	private static final int MONTHS = 24;

	private static final int QUARTERS = 8;

	private static final int REFERRAL_MONTHS = 12;

	private static final int COHORT_YEARS = 3;

	private final RequestCounts requests;

	private final HandoffFigures handoffs;

	private final CohortFigures cohorts;

	private final DisclosureSettings settings;

	private final Countable countable;

	private final SatisfactionCounts surveys;

	private final Clock clock;

	ProgramFigures(RequestCounts requests, HandoffFigures handoffs, CohortFigures cohorts, DisclosureSettings settings,
			Countable countable, SatisfactionCounts surveys, Clock clock) {
		this.surveys = surveys;
		this.requests = requests;
		this.handoffs = handoffs;
		this.cohorts = cohorts;
		this.settings = settings;
		this.countable = countable;
		this.clock = clock;
	}

	/** The figures as of now. */
	public ProgramReport report() {
		Instant now = clock.instant();
		Disclosure disclosure = settings.disclosure();
		YearMonth last = YearMonth.from(now.atZone(ZoneOffset.UTC));
		return new ProgramReport(disclosure.minimum(), last, months(disclosure, last), quarters(disclosure, last),
				satisfaction(disclosure, last), referrals(disclosure, last),
				cohorts(disclosure, last.getYear()), surveys(disclosure, last));
	}

	/** The satisfaction surveys' counted answers of the last 8 quarters, per target kind. */
	private List<ProgramReport.SurveyAnswers> surveys(Disclosure disclosure, YearMonth last) {
		List<SatisfactionCounts.Count> counted = surveys.since(quarterStart(last).minusMonths(3L * (QUARTERS - 1)));
		List<ProgramReport.SurveyAnswers> answers = new ArrayList<>();
		for (String target : ProgramReport.SURVEY_TARGETS) {
			List<SatisfactionCounts.Count> own = counted.stream().filter(c -> c.targetKind().name().equals(target))
				.toList();
			List<Long> satisfaction = ProgramReport.SATISFACTION.stream()
				.map(point -> respondents(own, SatisfactionCounts.Measure.SATISFACTION, p -> p == point))
				.toList();
			List<Long> recommend = ProgramReport.RECOMMEND_BANDS.stream()
				.map(band -> respondents(own, SatisfactionCounts.Measure.RECOMMEND,
						p -> ProgramReport.recommendBand(p).equals(band)))
				.toList();
			answers.add(new ProgramReport.SurveyAnswers(target, disclosure.group(satisfaction),
					disclosure.group(recommend)));
		}
		return answers;
	}

	/** The respondents who gave one of these points on the measure. */
	private static long respondents(List<SatisfactionCounts.Count> counts, SatisfactionCounts.Measure measure,
			java.util.function.IntPredicate points) {
		return counts.stream()
			.filter(c -> c.measure() == measure && points.test(c.point()))
			.mapToLong(SatisfactionCounts.Count::respondents)
			.sum();
	}

	private List<ProgramReport.Month> months(Disclosure disclosure, YearMonth last) {
		YearMonth first = last.minusMonths(MONTHS - 1);
		Map<YearMonth, Long> counted = new HashMap<>();
		requests.monthly(first.minusYears(1), last).forEach(m -> counted.merge(m.month(), m.requests(), Long::sum));
		List<ProgramReport.Month> months = new ArrayList<>(MONTHS);
		for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
			months.add(new ProgramReport.Month(month, disclosure.cell(counted.getOrDefault(month, 0L)),
					disclosure.cell(counted.getOrDefault(month.minusYears(1), 0L))));
		}
		return months;
	}

	static LocalDate quarterStart(YearMonth month) {
		return LocalDate.of(month.getYear(), (month.getMonthValue() - 1) / 3 * 3 + 1, 1);
	}

	private List<ProgramReport.Quarter> quarters(Disclosure disclosure, YearMonth last) {
		LocalDate lastQuarter = quarterStart(last);
		LocalDate firstQuarter = lastQuarter.minusMonths(3L * (QUARTERS - 1));
		Map<String, Long> counted = new HashMap<>();
		handoffs.confirmed(firstQuarter, lastQuarter)
			.forEach(c -> counted.merge(c.quarterStart() + "/" + c.daysBucket(), c.handoffs(), Long::sum));
		List<ProgramReport.Quarter> quarters = new ArrayList<>(QUARTERS);
		for (LocalDate quarter = firstQuarter; !quarter.isAfter(lastQuarter); quarter = quarter.plusMonths(3)) {
			LocalDate q = quarter;
			quarters.add(new ProgramReport.Quarter(quarter, disclosure.group(ProgramReport.DAYS_BUCKETS.stream()
				.map(bucket -> counted.getOrDefault(q + "/" + bucket, 0L))
				.toList())));
		}
		return quarters;
	}

	private List<ProgramReport.Satisfaction> satisfaction(Disclosure disclosure, YearMonth last) {
		LocalDate lastQuarter = quarterStart(last);
		List<HandoffFigures.Outcome> outcomes = handoffs.outcomes(lastQuarter.minusMonths(3L * (QUARTERS - 1)),
				lastQuarter);
		List<ProgramReport.Satisfaction> sides = new ArrayList<>();
		for (String side : ProgramReport.SIDES) {
			List<HandoffFigures.Outcome> own = outcomes.stream().filter(o -> o.side().equals(side)).toList();
			List<Long> usefulness = ProgramReport.USEFULNESS.stream()
				.map(score -> sum(own.stream().filter(o -> o.usefulness() == score).toList()))
				.toList();
			List<Long> recommends = ProgramReport.RECOMMENDS.stream()
				.map(answer -> sum(own.stream().filter(o -> o.recommends().equals(answer)).toList()))
				.toList();
			long unanswered = sum(own.stream().filter(o -> o.usefulness() == 0 && "NONE".equals(o.recommends())).toList());
			sides.add(new ProgramReport.Satisfaction(side, disclosure.group(usefulness), disclosure.group(recommends),
					disclosure.cell(unanswered)));
		}
		return sides;
	}

	private static long sum(List<HandoffFigures.Outcome> outcomes) {
		return outcomes.stream().mapToLong(HandoffFigures.Outcome::handoffs).sum();
	}

	private ProgramReport.Referrals referrals(Disclosure disclosure, YearMonth last) {
		YearMonth from = last.minusMonths(REFERRAL_MONTHS - 1);
		Map<ReferralSource, Long> counted = new HashMap<>();
		requests.referrals(from, last).forEach(r -> counted.merge(r.source(), r.requests(), Long::sum));
		List<ReferralSource> sources = Arrays.asList(ReferralSource.values());
		return new ProgramReport.Referrals(from, last, sources,
				disclosure.group(sources.stream().map(s -> counted.getOrDefault(s, 0L)).toList()));
	}

	private List<ProgramReport.CohortYear> cohorts(Disclosure disclosure, int thisYear) {
		int firstYear = thisYear - COHORT_YEARS + 1;
		Instant from = LocalDate.of(firstYear, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
		Instant to = LocalDate.of(thisYear + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
		List<CohortFigures.Closed> closed = cohorts.closed(from, to, countable::organizations);
		List<ProgramReport.CohortYear> years = new ArrayList<>(COHORT_YEARS);
		for (int year = firstYear; year <= thisYear; year++) {
			int y = year;
			List<CohortFigures.Closed> inYear = closed.stream()
				.filter(c -> c.closedAt().atZone(ZoneOffset.UTC).getYear() == y)
				.toList();
			long completed = inYear.stream().mapToLong(CohortFigures.Closed::completed).sum();
			long left = inYear.stream().mapToLong(CohortFigures.Closed::left).sum();
			years.add(new ProgramReport.CohortYear(year, disclosure.cell(inYear.size()),
					disclosure.group(List.of(completed, left))));
		}
		return years;
	}

}
