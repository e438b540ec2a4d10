package org.tandem.evaluation.works;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.engagement.domain.EngagementService;
import org.tandem.evaluation.PlanMode;
import org.tandem.evaluation.domain.EvaluationPlan;
import org.tandem.evaluation.domain.EvaluationPlans;
import org.tandem.evaluation.domain.EvaluationPlans.Entry;
import org.tandem.evaluation.domain.PlanOutcome;
import org.tandem.organization.OrganizationKind;
import org.tandem.organization.SizeBand;
import org.tandem.organization.domain.Organization;
import org.tandem.organization.domain.OrganizationService;
import org.tandem.platform.Role;
import org.tandem.support.AccountFixtures;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.WebSession;
import org.tandem.support.WebTestSupport;

/**
 * Evaluated organizations made through the real services: an organization with a member, an engagement with the
 * given provider, a full plan with one framework outcome scored at the baseline and at the final round.
 */
abstract class WorksTestSupport extends WebTestSupport {

	/** The what-works tests run in an application context (and database) of their own. */
	static final String OWN = "tandem.test.context=evaluation-works";

	@Autowired
	protected EngagementService engagements;

	@Autowired
	protected OrganizationService organizations;

	@Autowired
	protected EvaluationPlans plans;

	@Autowired
	protected WhatWorksTally tally;

	@Autowired
	protected WhatWorks works;

	/** Each visitor (providers applying too) comes from an address of its own: no rate limit shared between tests. */
	@Override
	protected org.tandem.support.WebSession visitor() {
		return super.visitor().from(org.tandem.support.LogLeakWatcher.freshRequesterAddress());
	}

	/** An evaluated organization: its id and its member. */
	protected record Evaluated(UUID organization, Person member, UUID engagement) {
	}

	/** A new organization whose full plan, with the provider, went from {@code baseline} to {@code end}. */
	protected Evaluated evaluated(UUID providerId, Person staff, int baseline, int end) {
		UUID organization = organizations.create(new Organization.Profile("canary-Works " + UUID.randomUUID(), null,
				null, OrganizationKind.MEDIA, SizeBand.UP_TO_20, "MX")).id();
		Person member = fixtures.create(false, Role.ORG_MEMBER);
		organizations.addMember(organization, member.username());
		UUID engagement = engagements.openByHand(organization, providerId, staff.id()).id();
		EvaluationPlan plan = plans.makeForEngagement(engagement, member.id(), new EvaluationPlan.Dates(PlanMode.FULL,
				LocalDate.now().plusMonths(3), LocalDate.now().plusMonths(6), null));
		PlanOutcome outcome = plans.addFromFramework(plan.id(), member.id(), "1.1", null);
		plans.record(plan.id(), member.id(), 1, List.of(new Entry(outcome.id(), baseline, "canary-why")));
		plans.record(plan.id(), member.id(), 3, List.of(new Entry(outcome.id(), end, "canary-why now")));
		return new Evaluated(organization, member, engagement);
	}

	/** The organization's member unticks "You may count our results anonymously" on its page. */
	protected void optOut(Evaluated evaluated) {
		WebSession web = visitor();
		AccountFixtures.signIn(web, evaluated.member());
		web.get("/organization/" + evaluated.organization());
		web.post("/organization/" + evaluated.organization() + "/counting", Map.of());
	}

}
