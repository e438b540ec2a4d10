package org.tandem.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.tandem.engagement.domain.Engagement;
import org.tandem.engagement.domain.Means;
import org.tandem.engagement.domain.PlanChanges;
import org.tandem.engagement.domain.PlanItem;
import org.tandem.engagement.domain.PlanView;
import org.tandem.engagement.domain.Plans;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Role;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.ProviderNetwork;

/**
 * The plan through its service on H2 and PostgreSQL, with a real provider, organization, accounts and keys: the
 * organization states its means, both sides add items, the totals are set against the means (budget, staff time until
 * the deadline, items due after it), every change of content raises the revision, an approval of an older revision is
 * refused, the approved snapshot tells what changed since, a closed engagement refuses changes, nobody else reaches
 * any of it, everything written is sealed and the organization's purge takes it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = EngagementContext.OWN)
class EngagementPlanTests extends EngagementTestSupport {


	@Autowired
	Plans plans;

	private final LocalDate today = LocalDate.now(ZoneOffset.UTC);


	@Test
	void thePlanIsSetAgainstTheMeansRevisedApprovedAndComparedWithWhatWasApproved() {
		UUID id = engagements.openByHand(organization, provider.id(), staff.id()).id();

		PlanView empty = plans.view(id, providerAccount);
		assertThat(empty.revision()).isZero();
		assertThat(empty.means().stated()).isFalse();
		assertThat(empty.fits()).noneMatch(PlanView.Fit::known);
		assertThat(empty.changes()).isNull();

		// the means are the organization's to state, on a page of the current revision
		Means means = new Means(10, 100_000L, "USD", today.plusDays(60));
		assertThatThrownBy(() -> plans.stateMeans(id, providerAccount, means, 0))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.messageKey()).isEqualTo("engagement.plan.organizationOnly"));
		assertThatThrownBy(() -> plans.stateMeans(id, member.id(), new Means(10, null, "XXX", null), 0))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.messageKey()).isEqualTo("engagement.plan.currencyUnknown"));
		plans.stateMeans(id, member.id(), means, 0);
		assertThat(plans.view(id, providerAccount).revision()).isOne();
		assertThatThrownBy(() -> plans.stateMeans(id, member.id(), means, 0)).isInstanceOfSatisfying(
				InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("engagement.plan.stale"));

		// both sides add items: over budget, over the staff's hours, one due after the deadline
		PlanItem audit = plans.addItem(id, providerAccount, new PlanItem.Entry("canary-Audit the accounts",
				"canary-Know what is exposed", Side.PROVIDER, today.plusDays(30), 8, 80_000));
		PlanItem training = plans.addItem(id, member.id(), new PlanItem.Entry("canary-Train the newsroom", null,
				Side.ORGANIZATION, today.plusDays(90), 30, 40_000));
		PlanView over = plans.view(id, member.id());
		assertThat(over.revision()).isEqualTo(3);
		assertThat(over.totals().costMinor()).isEqualTo(120_000);
		assertThat(over.totals().organizationHours()).isEqualTo(30);
		assertThat(over.totals().providerHours()).isEqualTo(8);
		assertThat(fit(over, PlanView.Measure.BUDGET)).extracting(PlanView.Fit::fits, PlanView.Fit::need,
				PlanView.Fit::have, PlanView.Fit::over).containsExactly(false, 120_000L, 100_000L, 20_000L);
		// ten hours a month for sixty days: twenty hours
		assertThat(fit(over, PlanView.Measure.STAFF_TIME)).extracting(PlanView.Fit::fits, PlanView.Fit::need,
				PlanView.Fit::have, PlanView.Fit::over).containsExactly(false, 30L, 20L, 10L);
		assertThat(fit(over, PlanView.Measure.DEADLINE)).extracting(PlanView.Fit::fits, PlanView.Fit::need)
			.containsExactly(false, 1L);
		assertThat(over.anyMisfit()).isTrue();

		// the currency is chosen once costs exist
		assertThatThrownBy(() -> plans.stateMeans(id, member.id(), new Means(10, 100_000L, "EUR",
				today.plusDays(60)), 3)).isInstanceOfSatisfying(InvalidInput.class,
						e -> assertThat(e.messageKey()).isEqualTo("engagement.plan.currencyFixed"));

		// an approval from a page older than the last change is refused, and so is one by the provider
		assertThatThrownBy(() -> plans.approve(id, member.id(), 2)).isInstanceOfSatisfying(InvalidInput.class,
				e -> assertThat(e.messageKey()).isEqualTo("engagement.plan.stale"));
		assertThatThrownBy(() -> plans.approve(id, providerAccount, 3)).isInstanceOfSatisfying(InvalidInput.class,
				e -> assertThat(e.messageKey()).isEqualTo("engagement.plan.organizationOnly"));
		assertThat(plans.view(id, member.id()).approved()).isFalse();

		// adjusted: a page of the item older than its last change is refused
		PlanItem.Entry smaller = new PlanItem.Entry("canary-Train the newsroom", "canary-Nobody clicks", Side.ORGANIZATION,
				today.plusDays(50), 15, 10_000);
		plans.changeItem(id, member.id(), training.id(), smaller, training.version());
		assertThatThrownBy(() -> plans.changeItem(id, providerAccount, training.id(), smaller, training.version()))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("engagement.stale"));
		PlanView fits = plans.view(id, member.id());
		assertThat(fits.revision()).isEqualTo(4);
		assertThat(fits.fits()).allMatch(PlanView.Fit::fitting);

		plans.approve(id, member.id(), 4);
		PlanView approved = plans.view(id, providerAccount);
		assertThat(approved.approvedRevision()).isEqualTo(4);
		assertThat(approved.approvedBy()).isEqualTo(member.id());
		assertThat(approved.approvedAsIs()).isTrue();
		assertThat(approved.changes()).isNotNull().satisfies(c -> assertThat(c.none()).isTrue());

		// doing the work does not change the plan: the revision stays, the status shows among the changes
		plans.mark(id, providerAccount, audit.id(), PlanStatus.DONE);
		plans.mark(id, member.id(), training.id(), PlanStatus.DOING);
		PlanView working = plans.view(id, member.id());
		assertThat(working.revision()).isEqualTo(4);
		assertThat(working.approvedAsIs()).isTrue();
		assertThat(working.changes().changed()).extracting(PlanChanges.Changed::fields)
			.containsExactlyInAnyOrder(List.of("status"), List.of("status"));
		assertThat(working.totals().organizationHoursLeft()).isEqualTo(15);

		// content changes raise the revision and show as added, removed and changed fields
		PlanItem audited = plans.item(id, member.id(), audit.id());
		plans.changeItem(id, member.id(), audit.id(), new PlanItem.Entry("canary-Audit every account",
				"canary-Know what is exposed", Side.PROVIDER, today.plusDays(30), 8, 90_000), audited.version());
		plans.addItem(id, providerAccount, new PlanItem.Entry("canary-Backups", null, Side.PROVIDER,
				today.plusDays(40), 2, 0));
		plans.removeItem(id, member.id(), training.id());
		PlanView changed = plans.view(id, member.id());
		assertThat(changed.revision()).isEqualTo(7);
		assertThat(changed.approvedRevision()).isEqualTo(4);
		assertThat(changed.approvedAsIs()).isFalse();
		PlanChanges since = changed.changes();
		assertThat(since.added()).containsExactly("canary-Backups");
		assertThat(since.removed()).containsExactly("canary-Train the newsroom");
		assertThat(since.changed()).singleElement().satisfies(c -> {
			assertThat(c.title()).isEqualTo("canary-Audit every account");
			assertThat(c.fields()).containsExactly("title", "cost", "status");
		});
		assertThat(since.meansChanged()).isFalse();
		assertThatThrownBy(() -> plans.approve(id, member.id(), 4)).isInstanceOf(InvalidInput.class);

		// bad input changes nothing
		assertThatThrownBy(() -> plans.addItem(id, member.id(), new PlanItem.Entry(" ", null, Side.PROVIDER, today, 1,
				1))).isInstanceOfSatisfying(InvalidInput.class,
						e -> assertThat(e.messageKey()).isEqualTo("engagement.plan.titleMissing"));
		assertThatThrownBy(() -> plans.addItem(id, member.id(), new PlanItem.Entry("x", null, Side.STAFF, today, 1,
				1))).isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> plans.addItem(id, member.id(), new PlanItem.Entry("x", null, Side.PROVIDER, today,
				10_001, 1))).isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> plans.addItem(id, member.id(), new PlanItem.Entry("x", null, Side.PROVIDER, today, 1,
				-1))).isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> plans.addItem(id, member.id(), new PlanItem.Entry("x".repeat(301), null,
				Side.PROVIDER, today, 1, 1))).isInstanceOf(InvalidInput.class);
		assertThat(plans.view(id, member.id()).revision()).isEqualTo(7);

		// nobody else reaches it: another organization's member, another provider, staff not assigned
		Person otherMember = fixtures.create(true, Role.ORG_MEMBER);
		Person otherStaff = fixtures.create(true, Role.STAFF);
		UUID otherProvider = providers.accountOf(new ProviderNetwork(this).activeProvider().id()).orElseThrow();
		for (UUID outsider : List.of(otherMember.id(), otherStaff.id(), otherProvider, UUID.randomUUID())) {
			assertThatThrownBy(() -> plans.view(id, outsider)).isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> plans.item(id, outsider, audit.id())).isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> plans.addItem(id, outsider, smaller)).isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> plans.mark(id, outsider, audit.id(), PlanStatus.DROPPED))
				.isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> plans.removeItem(id, outsider, audit.id())).isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> plans.stateMeans(id, outsider, means, 7)).isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> plans.approve(id, outsider, 7)).isInstanceOf(NotFoundException.class);
		}
		// an item of one engagement is not reached through another
		Engagement other = engagements.openByHand(organization, provider.id(), staff.id());
		assertThatThrownBy(() -> plans.item(other.id(), member.id(), audit.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> plans.mark(other.id(), member.id(), audit.id(), PlanStatus.DONE))
			.isInstanceOf(NotFoundException.class);
		assertThat(plans.item(id, member.id(), audit.id()).status()).isEqualTo(PlanStatus.DONE);

		// what people wrote is sealed
		for (String column : List.of("title", "outcome")) {
			for (byte[] value : jdbc.sql("select " + column + " from engagement_plan_item where engagement_id = :id")
				.param("id", id).query(byte[].class).list()) {
				if (value != null) {
					assertThat(new String(value, StandardCharsets.ISO_8859_1)).doesNotContain("canary");
				}
			}
		}
		for (String column : List.of("means", "approved_snapshot")) {
			byte[] value = jdbc.sql("select " + column + " from engagement_plan where engagement_id = :id")
				.param("id", id).query(byte[].class).single();
			assertThat(new String(value, StandardCharsets.ISO_8859_1)).doesNotContain("canary").doesNotContain("USD");
		}

		// a closed engagement refuses every change
		jdbc.sql("update engagement set phase = 'CLOSED' where id = :id").param("id", id).update();
		for (Runnable change : List.<Runnable>of(() -> plans.addItem(id, member.id(), smaller),
				() -> plans.mark(id, member.id(), audit.id(), PlanStatus.DROPPED),
				() -> plans.removeItem(id, member.id(), audit.id()), () -> plans.approve(id, member.id(), 7),
				() -> plans.stateMeans(id, member.id(), means, 7))) {
			assertThatThrownBy(change::run).isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.messageKey()).isEqualTo("engagement.closed"));
		}
		assertThat(plans.view(id, member.id()).items()).hasSize(2);

		// the organization's purge takes the plan with it
		organizations.destroyAsStaff(organization);
		for (String table : List.of("engagement_plan", "engagement_plan_item")) {
			assertThat(jdbc.sql("select count(*) from " + table + " where organization_id = :o")
				.param("o", organization).query(Long.class).single()).as(table).isZero();
		}
	}

	@Test
	void aPlanHoldsABoundedNumberOfItems() {
		UUID id = engagements.openByHand(organization, provider.id(), staff.id()).id();
		for (int i = 0; i < Plans.ITEM_LIMIT; i++) {
			plans.addItem(id, providerAccount, new PlanItem.Entry("Item " + i, null, Side.PROVIDER, today, 1, 0));
		}
		assertThatThrownBy(() -> plans.addItem(id, providerAccount, new PlanItem.Entry("One more", null,
				Side.PROVIDER, today, 1, 0))).isInstanceOfSatisfying(InvalidInput.class,
						e -> assertThat(e.messageKey()).isEqualTo("engagement.plan.tooManyItems"));
		assertThat(plans.view(id, member.id()).items()).hasSize(Plans.ITEM_LIMIT);
		assertThatThrownBy(() -> plans.approve(id, member.id(), 0)).isInstanceOf(InvalidInput.class);
	}

	private static PlanView.Fit fit(PlanView view, PlanView.Measure measure) {
		return view.fits().stream().filter(f -> f.measure() == measure).findFirst().orElseThrow();
	}

}
