package org.tandem.evaluation.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.TestPropertySource;
import org.tandem.cohort.CohortStatus;
import org.tandem.cohort.domain.Cohort;
import org.tandem.cohort.domain.CohortService;
import org.tandem.evaluation.figures.Disclosure.Cell;
import org.tandem.evaluation.figures.Disclosure.Visibility;
import org.tandem.handoff.persistence.OutcomeTally;
import org.tandem.handoff.persistence.Tally;
import org.tandem.intake.Approach;
import org.tandem.intake.ReferralSource;
import org.tandem.intake.Timeframe;
import org.tandem.intake.Urgency;
import org.tandem.intake.domain.ContactMethod;
import org.tandem.intake.domain.Problem;
import org.tandem.intake.domain.RequestSubmission;
import org.tandem.intake.domain.RequesterService;
import org.tandem.organization.OrganizationKind;
import org.tandem.organization.SizeBand;
import org.tandem.organization.domain.Organization;
import org.tandem.organization.domain.OrganizationCounting;
import org.tandem.organization.domain.OrganizationService;
import org.tandem.platform.Role;
import org.tandem.support.AccountFixtures;
import org.tandem.support.WebTestSupport;

/**
 * The program figures against counts made by hand, with k = 5 (a database of their own, so nothing else counts in
 * it). Requests and referrals of this month are sent through the request service; earlier months' counters are
 * written as the submissions of those months left them. Handoffs are counted by the handoff module's own counters,
 * cohorts run and close through the cohort service; an organization that opts out leaves the cohort figures exactly
 * as if it had never been a member.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "tandem.test.context=program-figures")
class ProgramFiguresTests extends WebTestSupport {

	private static final Cell FEWER = new Cell(Visibility.FEWER_THAN_MINIMUM, 0, 5);

	private static final Cell PROTECTING = new Cell(Visibility.PROTECTING_ANOTHER, 0, 5);

	@Autowired
	ProgramFigures figures;

	@Autowired
	RequesterService requesters;

	@Autowired
	Tally tally;

	@Autowired
	OutcomeTally outcomes;

	@Autowired
	CohortService cohorts;

	@Autowired
	OrganizationService organizations;

	@Autowired
	OrganizationCounting counting;

	@Autowired
	DisclosureSettings settings;

	@Autowired
	org.tandem.evaluation.survey.SurveyService surveys;

	@Test
	void everyFigureMatchesItsHandCountThroughDisclosureControl() {
		YearMonth last = YearMonth.now(ZoneOffset.UTC);

		// requests: 11 sent this month (8 of them saying how they heard of the hub), earlier months from counters
		for (int i = 0; i < 3; i++) {
			requesters.submit(submission(i % 2 == 0, Approach.INTRODUCTION, null));
		}
		for (int i = 0; i < 6; i++) {
			requesters.submit(submission(true, Approach.NOT_SURE, ReferralSource.PARTICIPANT));
		}
		requesters.submit(submission(false, Approach.INTRODUCTION, ReferralSource.EVENT));
		requesters.submit(submission(true, Approach.INTRODUCTION, ReferralSource.EVENT));
		counted(last.minusMonths(1), "INTRODUCTION", true, 1, 2);
		counted(last.minusMonths(1), "COHORT", false, 2, 2);
		counted(last.minusMonths(2), "INTRODUCTION", false, 0, 5);
		counted(last.minusMonths(3), "INTRODUCTION", true, 0, 5);
		counted(last.minusMonths(3), "NOT_SURE", true, 3, 3);
		counted(last.minusMonths(12), "INTRODUCTION", true, 0, 7);
		counted(last.minusMonths(15), "INTRODUCTION", true, 0, 13);
		counted(last.minusMonths(23), "COHORT", false, 0, 12);
		counted(last.minusMonths(24), "INTRODUCTION", false, 0, 22);
		counted(last.minusMonths(36), "INTRODUCTION", false, 0, 50);
		referred(last.minusMonths(11), ReferralSource.HELPLINE, 5);
		referred(last.minusMonths(12), ReferralSource.OTHER, 40);

		// handoffs: the previous quarter 6 within a week and 4 within a month; the one before 9, 7 and 2
		LocalDate quarter = ProgramFigures.quarterStart(last).minusMonths(3);
		LocalDate before = quarter.minusMonths(3);
		confirmed(quarter, "0-7", 6);
		confirmed(quarter, "8-30", 4);
		confirmed(before, "0-7", 9);
		confirmed(before, "8-30", 7);
		confirmed(before, "31+", 2);
		confirmed(ProgramFigures.quarterStart(last).minusMonths(24), "0-7", 20);

		// follow-ups: organizations 6 × (5, yes), 5 × (4, yes), 1 × (2, no), 3 without answers; providers 2 × (3, unsure)
		answered("ORGANIZATION", quarter, 5, "YES", 6);
		answered("ORGANIZATION", quarter, 4, "YES", 5);
		answered("ORGANIZATION", before, 2, "NO", 1);
		answered("ORGANIZATION", quarter, OutcomeTally.NO_SCORE, OutcomeTally.NO_ANSWER, 3);
		answered("PROVIDER", quarter, 3, "UNSURE", 2);

		// a cohort of 11 organizations: 6 stay to the end, 5 leave (the last of them will opt out)
		UUID staff = fixtures.create(true, Role.STAFF).id();
		LocalDate start = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1);
		Cohort cohort = cohorts.create(new Cohort.Terms("Cohorte cifras", null, start, start.plusMonths(6).minusDays(1),
				Set.of("es"), 20, 5), Set.of(staff), staff);
		List<UUID> members = new ArrayList<>();
		AccountFixtures.Person member = fixtures.create(false, Role.ORG_MEMBER);
		for (int i = 0; i < 11; i++) {
			Organization organization = organizations.create(new Organization.Profile("Colectivo cifras " + i, null, null,
					OrganizationKind.MEDIA, SizeBand.UP_TO_20, "PE"));
			organizations.addMember(organization.id(), member.username());
			cohorts.addOrganization(cohort.id(), organization.id());
			members.add(organization.id());
		}
		cohorts.addProvider(cohort.id(), new org.tandem.support.ProviderNetwork(this).activeProvider().id());
		for (CohortStatus status : List.of(CohortStatus.RECRUITING, CohortStatus.RUNNING)) {
			cohorts.move(cohort.id(), cohorts.get(cohort.id()).version(), status, staff);
		}
		for (UUID leaving : members.subList(6, 11)) {
			cohorts.organizationLeaves(cohort.id(), leaving);
		}
		for (CohortStatus status : List.of(CohortStatus.CLOSING, CohortStatus.CLOSED)) {
			cohorts.move(cohort.id(), cohorts.get(cohort.id()).version(), status, staff);
		}

		// the satisfaction surveys' tally: after engagements, satisfaction 2 × 2, 7 × 4 (over two quarters), 6 × 5 and
		// 9 who skipped it (never counted); recommend 1 × 3, 5 × 8, 3 × 9, 4 × 10; a quarter 8 back (outside) 30 × 1.
		// After cohorts, 4 × 3 and nobody recommending.
		UUID survey = surveys.create(staff, List.of("en"), "Cifras " + UUID.randomUUID()).id();
		LocalDate thisQuarter = ProgramFigures.quarterStart(last);
		tallied(survey, 1, "SCALE", "2", "ENGAGEMENT", thisQuarter, 2);
		tallied(survey, 1, "SCALE", "4", "ENGAGEMENT", thisQuarter, 3);
		tallied(survey, 1, "SCALE", "4", "ENGAGEMENT", quarter, 4);
		tallied(survey, 1, "SCALE", "5", "ENGAGEMENT", thisQuarter, 6);
		tallied(survey, 1, "SCALE", "NONE", "ENGAGEMENT", thisQuarter, 9);
		tallied(survey, 1, "SCALE", "1", "ENGAGEMENT", thisQuarter.minusMonths(24), 30);
		tallied(survey, 2, "RECOMMEND", "3", "ENGAGEMENT", thisQuarter, 1);
		tallied(survey, 2, "RECOMMEND", "8", "ENGAGEMENT", thisQuarter, 5);
		tallied(survey, 2, "RECOMMEND", "9", "ENGAGEMENT", quarter, 3);
		tallied(survey, 2, "RECOMMEND", "10", "ENGAGEMENT", thisQuarter, 4);
		tallied(survey, 1, "SCALE", "3", "COHORT", thisQuarter, 4);

		ProgramReport report = figures.report();
		assertThat(report.minimum()).isEqualTo(5);
		assertThat(report.lastMonth()).isEqualTo(last);

		// requests per month: 24 months, each beside the same month a year before
		assertThat(report.requests()).hasSize(24);
		assertThat(report.requests().get(0).month()).isEqualTo(last.minusMonths(23));
		Function<YearMonth, ProgramReport.Month> month = m -> report.requests().stream()
			.filter(r -> r.month().equals(m)).findFirst().orElseThrow();
		assertThat(month.apply(last).requests()).isEqualTo(shown(10)); // 11
		assertThat(month.apply(last).yearBefore()).isEqualTo(shown(5)); // 7
		assertThat(month.apply(last.minusMonths(1)).requests()).isEqualTo(FEWER); // 4
		assertThat(month.apply(last.minusMonths(2)).requests()).isEqualTo(shown(5)); // 5
		assertThat(month.apply(last.minusMonths(3)).requests()).isEqualTo(shown(10)); // 8
		assertThat(month.apply(last.minusMonths(3)).yearBefore()).isEqualTo(shown(15)); // 13
		assertThat(month.apply(last.minusMonths(12)).requests()).isEqualTo(shown(5)); // 7
		assertThat(month.apply(last.minusMonths(12)).yearBefore()).isEqualTo(shown(20)); // 22
		assertThat(month.apply(last.minusMonths(23)).requests()).isEqualTo(shown(10)); // 12
		assertThat(month.apply(last.minusMonths(23)).yearBefore()).isEqualTo(FEWER); // 0
		assertThat(month.apply(last.minusMonths(4)).requests()).isEqualTo(FEWER); // 0: never shown as 0

		// handoffs: 8 quarters; 6/4/0 → the 6 protects the hidden 4; 9/7/2 → the 7 protects the hidden 2
		assertThat(report.handoffs()).hasSize(8);
		assertThat(report.handoffs().get(0).quarterStart()).isEqualTo(ProgramFigures.quarterStart(last).minusMonths(21));
		ProgramReport.Quarter previous = report.handoffs().get(6);
		assertThat(previous.quarterStart()).isEqualTo(quarter);
		assertThat(previous.byDays().cells()).containsExactly(PROTECTING, FEWER, FEWER);
		assertThat(previous.byDays().total()).isEqualTo(shown(10));
		ProgramReport.Quarter earlier = report.handoffs().get(5);
		assertThat(earlier.byDays().cells()).containsExactly(shown(10), PROTECTING, FEWER);
		assertThat(earlier.byDays().total()).isEqualTo(shown(20)); // 18
		assertThat(report.handoffs()).noneMatch(q -> q.byDays().total().value() == 20 && q != earlier);

		// satisfaction: usefulness 0/1/0/5/6 of 12; recommends 11/0/1 of 12; 3 unanswered; providers 2 only
		ProgramReport.Satisfaction organizationSide = report.satisfaction().get(0);
		assertThat(organizationSide.side()).isEqualTo("ORGANIZATION");
		assertThat(organizationSide.usefulness().cells()).containsExactly(FEWER, FEWER, FEWER, PROTECTING, shown(5));
		assertThat(organizationSide.usefulness().total()).isEqualTo(shown(10));
		assertThat(organizationSide.recommends().cells()).containsExactly(PROTECTING, FEWER, FEWER);
		assertThat(organizationSide.recommends().total()).isEqualTo(shown(10));
		assertThat(organizationSide.unanswered()).isEqualTo(FEWER);
		ProgramReport.Satisfaction providerSide = report.satisfaction().get(1);
		assertThat(providerSide.usefulness().cells()).containsOnly(FEWER);
		assertThat(providerSide.usefulness().total()).isEqualTo(FEWER);

		// referrals of the last 12 months: participant 6, helpline 5, event 2 (the 40 of a year ago are outside)
		assertThat(report.referrals().from()).isEqualTo(last.minusMonths(11));
		assertThat(report.referrals().bySource().cells()).containsExactly(shown(5), FEWER, FEWER, PROTECTING, FEWER,
				FEWER, FEWER);
		assertThat(report.referrals().bySource().total()).isEqualTo(shown(15)); // 13

		// cohorts: one closed this year (fewer than 5 cohorts), 6 completed and 5 left
		int year = last.getYear();
		assertThat(report.cohorts()).extracting(ProgramReport.CohortYear::year).containsExactly(year - 2, year - 1, year);
		ProgramReport.CohortYear thisYear = report.cohorts().get(2);
		assertThat(thisYear.closed()).isEqualTo(FEWER);
		assertThat(thisYear.completion().cells()).containsExactly(shown(5), shown(5));
		assertThat(thisYear.completion().total()).isEqualTo(shown(10)); // 11

		// after engagements: satisfaction 0/2/0/7/6 of 15 → the 6 protects the hidden 2; recommend 0–6: 1, 7–8: 5,
		// 9–10: 7 of 13 → the 5 protects the hidden 1; after cohorts 4 answers: nothing shown
		assertThat(report.surveys()).extracting(ProgramReport.SurveyAnswers::target).containsExactly("ENGAGEMENT",
				"COHORT");
		ProgramReport.SurveyAnswers engagements = report.surveys().get(0);
		assertThat(engagements.satisfaction().cells()).containsExactly(FEWER, FEWER, FEWER, shown(5), PROTECTING);
		assertThat(engagements.satisfaction().total()).isEqualTo(shown(15));
		assertThat(engagements.recommend().cells()).containsExactly(FEWER, PROTECTING, shown(5));
		assertThat(engagements.recommend().total()).isEqualTo(shown(15)); // 13
		ProgramReport.SurveyAnswers afterCohorts = report.surveys().get(1);
		assertThat(afterCohorts.satisfaction().cells()).containsOnly(FEWER);
		assertThat(afterCohorts.satisfaction().total()).isEqualTo(FEWER);
		assertThat(afterCohorts.recommend().total()).isEqualTo(FEWER);

		// one leaver opts out: the figures become those of the other ten (6 stayed, 4 left), as if it never joined
		counting.setCountedByMember(members.get(10), member.id(), false);
		ProgramReport after = figures.report();
		assertThat(after.cohorts().get(2).completion().cells()).containsExactly(PROTECTING, FEWER);
		assertThat(after.cohorts().get(2).completion().total()).isEqualTo(shown(10)); // 10
		assertThat(after.cohorts().get(2).completion())
			.isEqualTo(Disclosure.byDefault().group(List.of(6L, 4L)));
		// nothing else moves
		assertThat(after.requests()).isEqualTo(report.requests());
		assertThat(after.handoffs()).isEqualTo(report.handoffs());
		assertThat(after.satisfaction()).isEqualTo(report.satisfaction());
		assertThat(after.referrals()).isEqualTo(report.referrals());
		assertThat(after.surveys()).isEqualTo(report.surveys());
		counting.setCountedByMember(members.get(10), member.id(), true);
		assertThat(figures.report().cohorts()).isEqualTo(report.cohorts());

		// the administrators' k: at 3, last month's 4 requests are shown (rounded to 5)
		UUID admin = fixtures.create(true, Role.ADMIN).id();
		settings.change(3, settings.setting().version(), admin);
		try {
			ProgramReport atThree = figures.report();
			assertThat(atThree.minimum()).isEqualTo(3);
			assertThat(atThree.requests().get(22).requests()).isEqualTo(new Cell(Visibility.SHOWN, 5, 3));
		}
		finally {
			settings.change(5, settings.setting().version(), admin);
		}
	}

	/** The survey tally as consenting respondents' answers left it. */
	private void tallied(UUID survey, int question, String type, String bucket, String target, LocalDate quarter,
			int respondents) {
		jdbc.sql("""
				insert into survey_tally (survey_id, question_no, bucket, question_type, target_kind, quarter_start,
					respondents) values (:s, :q, :b, :t, :k, :quarter, :n)""")
			.param("s", survey).param("q", question).param("b", bucket).param("t", type).param("k", target)
			.param("quarter", java.sql.Date.valueOf(quarter)).param("n", respondents).update();
	}

	private static Cell shown(long value) {
		return new Cell(Visibility.SHOWN, value, 5);
	}

	private static RequestSubmission submission(boolean anonymous, Approach approach, @Nullable ReferralSource referral) {
		return new RequestSubmission(anonymous, "es", anonymous ? null : "Colectivo " + UUID.randomUUID(),
				OrganizationKind.MEDIA, SizeBand.UP_TO_20, "PE", null, List.of("es"), null,
				EnumSet.of(Problem.ACCOUNT_COMPROMISED), "Nos robaron la cuenta del correo.", null, Urgency.SOON,
				Timeframe.THIS_WEEK, approach, ContactMethod.STATUS_PAGE, null, null, null, null, false, false, false,
				referral);
	}

	/** A month's counter as that month's submissions left it (one slot of one cell). */
	private void counted(YearMonth month, String approach, boolean anonymous, int slot, long requests) {
		jdbc.sql("""
				insert into intake_request_month_tally (month_start, approach, anonymous, slot, requests)
				values (:m, :a, :n, :s, :r)""")
			.param("m", Date.valueOf(month.atDay(1))).param("a", approach).param("n", anonymous).param("s", slot)
			.param("r", requests).update();
	}

	private void referred(YearMonth month, ReferralSource source, long requests) {
		jdbc.sql("insert into intake_referral_tally (month_start, source, slot, requests) values (:m, :s, 0, :r)")
			.param("m", Date.valueOf(month.atDay(1))).param("s", source.name()).param("r", requests).update();
	}

	private void confirmed(LocalDate quarter, String days, int handoffs) {
		for (int i = 0; i < handoffs; i++) {
			tally.count(new Tally.Cell(quarter, i % 2 == 0 ? "AMERICAS" : "AFRICA", "RESPOND", days, "1", i % 3 == 0));
		}
	}

	private void answered(String side, LocalDate quarter, int usefulness, String recommends, int handoffs) {
		for (int i = 0; i < handoffs; i++) {
			outcomes.count(new OutcomeTally.Cell(side, "INTRODUCTION", i % 2 == 0 ? "RESPOND" : "PREVENT", "AMERICAS",
					quarter, "0-7", usefulness, recommends));
		}
	}

}
