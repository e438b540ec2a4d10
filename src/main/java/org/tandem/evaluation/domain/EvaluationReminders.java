package org.tandem.evaluation.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.account.Accounts;
import org.tandem.directory.Providers;
import org.tandem.evaluation.framework.Framework;
import org.tandem.organization.Organizations;
import org.tandem.platform.AbsoluteLinks;
import org.tandem.platform.MailOutbox;

/**
 * Reminds a plan's participants when its mid-term or final scoring, or its next light round, is due (on the day and up
 * to a month after, while the round is not scored): once per plan, kind of round and due date, whichever instance runs
 * the job (the reminder's row is its key, written in the same transaction as the mail is queued). The mail goes to
 * everyone who takes part in the plan and gave an address: for an engagement's plan its participants on every side
 * (the organization's, the provider's and staff), for a cohort organization's plan the organization's members, the
 * provider it is paired with and the cohort's coordinators. Through the outbox sealed under the organization's keys,
 * in the five shipped languages; it names no organization, only the link to sign in to the plan.
 */
@Component
public class EvaluationReminders {

	private static final Logger log = LoggerFactory.getLogger(EvaluationReminders.class);

	/** The most reminders of each kind a run sends. */
	static final int BATCH = 100;

	private final JdbcClient jdbc;

	private final Organizations organizations;

	private final Providers providers;

	private final Accounts accounts;

	private final MailOutbox outbox;

	private final AbsoluteLinks links;

	private final MessageSource messages;

	private final Clock clock;

	private final org.tandem.engagement.Workspaces workspaces;

	private final org.tandem.cohort.Cohorts cohorts;

	private final PlanAccess access;

	EvaluationReminders(JdbcClient jdbc, Organizations organizations, Providers providers, Accounts accounts,
			MailOutbox outbox, AbsoluteLinks links, MessageSource messages, Clock clock,
			org.tandem.engagement.Workspaces workspaces, org.tandem.cohort.Cohorts cohorts, PlanAccess access) {
		this.access = access;
		this.workspaces = workspaces;
		this.cohorts = cohorts;
		this.jdbc = jdbc;
		this.organizations = organizations;
		this.providers = providers;
		this.accounts = accounts;
		this.outbox = outbox;
		this.links = links;
		this.messages = messages;
		this.clock = clock;
	}

	/** The job: sends the reminders due now, on one instance at a time. */
	@Scheduled(fixedDelay = 60, initialDelay = 10, timeUnit = TimeUnit.MINUTES)
	@net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "evaluation-plan-reminders", lockAtMostFor = "10m")
	@Transactional
	public void scheduled() {
		send();
	}

	/** Sends the reminders due now; answers how many plans were reminded. */
	@Transactional
	public int run() {
		return send();
	}

	private int send() {
		LocalDate today = LocalDate.now(clock);
		int sent = remind("MIDTERM", "midterm_due_on", EvaluationPlans.MIDTERM, today)
				+ remind("FINAL", "final_due_on", EvaluationPlans.FINAL, today) + remind("LIGHT", "next_round_due_on", null, today);
		if (sent > 0) {
			log.info("{} evaluation reminders queued", sent);
		}
		return sent;
	}

	private int remind(String kind, String column, @Nullable Integer round, LocalDate today) {
		String unscored = round == null ? ""
				: " and not exists (select 1 from evaluation_score s where s.plan_id = p.id and s.round = " + round + ")";
		List<Due> due = jdbc.sql("select p.id, p.organization_id, p.engagement_id, p.cohort_id, p." + column
				+ " as due_on"
				+ " from evaluation_plan p where p." + column + " between :from and :today"
				+ " and not exists (select 1 from evaluation_reminder r where r.plan_id = p.id and r.round_kind = :kind"
				+ " and r.due_on = p." + column + ")" + unscored + " order by p." + column + ", p.id limit " + BATCH)
			.param("from", today.minusMonths(1))
			.param("today", today)
			.param("kind", kind)
			.query((rs, n) -> new Due(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
					rs.getObject("engagement_id", UUID.class), rs.getObject("cohort_id", UUID.class),
					rs.getObject("due_on", LocalDate.class)))
			.list();
		int sent = 0;
		for (Due plan : due) {
			int marked = jdbc.sql("""
					insert into evaluation_reminder (plan_id, organization_id, round_kind, due_on, sent_at)
					select :plan, :organization, :kind, :due, :now from evaluation_plan where id = :plan
					and not exists (select 1 from evaluation_reminder where plan_id = :plan and round_kind = :kind
					and due_on = :due)""")
				.param("plan", plan.id())
				.param("organization", plan.organizationId())
				.param("kind", kind)
				.param("due", plan.dueOn())
				.param("now", java.sql.Timestamp.from(clock.instant()))
				.update();
			if (marked == 1) {
				mail(plan, kind);
				sent++;
			}
		}
		return sent;
	}

	private void mail(Due plan, String kind) {
		Set<UUID> people = participants(plan);
		String link = links.forMail("/evaluations/" + plan.id());
		String subject = messages.getMessage("evaluation.plan.reminder.subject", null, Locale.ENGLISH);
		List<String> parts = new ArrayList<>();
		for (String language : Framework.LANGUAGES) {
			parts.add(messages.getMessage("evaluation.plan.reminder." + kind.toLowerCase(Locale.ROOT),
					new Object[] { plan.dueOn().toString(), link }, Locale.forLanguageTag(language)));
		}
		String body = String.join("\n\n---\n\n", parts);
		for (String address : accounts.addressesOf(people).values()) {
			outbox.enqueue(address, subject, body, plan.organizationId());
		}
	}

	/** Everyone taking part in the plan now, as {@code PlanAccess} lets them in. */
	private Set<UUID> participants(Due plan) {
		Set<UUID> people = new TreeSet<>();
		if (plan.engagementId() != null) {
			workspaces.parties(plan.engagementId()).ifPresent(parties -> {
				people.addAll(parties.organizationSide());
				people.addAll(parties.providerSide());
				people.addAll(parties.staffSide());
			});
			return people;
		}
		UUID cohortId = java.util.Objects.requireNonNull(plan.cohortId());
		people.addAll(organizations.members(plan.organizationId()));
		UUID provider = access.pairedProvider(cohortId, plan.organizationId());
		if (provider != null) {
			providers.accountOf(provider).ifPresent(people::add);
		}
		people.addAll(cohorts.coordinators(cohortId));
		return people;
	}

	private record Due(UUID id, UUID organizationId, @Nullable UUID engagementId, @Nullable UUID cohortId,
			LocalDate dueOn) {
	}

}
