package org.tandem.engagement.export;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.tandem.engagement.PlanStatus;
import org.tandem.engagement.Side;
import org.tandem.engagement.domain.Means;
import org.tandem.engagement.domain.PlanItem;
import org.tandem.engagement.domain.PlanView;
import org.tandem.engagement.persistence.PlanItemRepository;
import org.tandem.engagement.persistence.PlanRepository;
import org.tandem.platform.Money;

/**
 * The plan: what the organization says it has, the totals and whether they fit, the approval, and the items, soonest
 * due first, as the plan's page shows them.
 */
@Component
class PlanSection implements EngagementExportSection {

	private final PlanRepository plans;

	private final PlanItemRepository items;

	private final Clock clock;

	PlanSection(PlanRepository plans, PlanItemRepository items, Clock clock) {
		this.plans = plans;
		this.items = items;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public String name() {
		return "plan";
	}

	@Override
	public String titleKey() {
		return "engagement.plan.title";
	}

	@Override
	public ExportPart write(ExportContext context) {
		UUID engagementId = context.engagementId();
		PlanView view = PlanView.ofRows(engagementId, plans.findByEngagementId(engagementId).orElse(null),
				items.findByEngagementIdOrderByDueOnAscCreatedAtAscIdAsc(engagementId),
				LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
		Means means = view.means();
		String currency = means.currency();
		boolean limited = view.items().size() > ExportContext.ROW_LIMIT;
		List<PlanItem> shown = limited ? view.items().subList(0, ExportContext.ROW_LIMIT) : view.items();
		List<ItemData> data = shown.stream()
			.map(i -> new ItemData(i.id(), i.title(), i.outcome(), i.owner(), i.dueOn(), i.effortHours(),
					i.costMinor(), i.status(), i.createdAt(), i.updatedAt()))
			.toList();

		List<ExportBlock> blocks = new ArrayList<>();
		blocks.add(new ExportBlock.Subheading(context.text("engagement.plan.means")));
		String unsaid = context.text("engagement.export.plan.notStated");
		blocks.add(new ExportBlock.Facts(List.of(
				new ExportBlock.Fact(context.text("engagement.plan.hoursPerMonth"),
						means.hoursPerMonth() == null ? unsaid : number(means.hoursPerMonth(), context), false),
				new ExportBlock.Fact(context.text("engagement.plan.budget"),
						means.budgetMinor() == null ? unsaid : money(means.budgetMinor(), currency, context), false),
				new ExportBlock.Fact(context.text("engagement.plan.currency"), currency, false),
				new ExportBlock.Fact(context.text("engagement.plan.deadline"),
						means.deadline() == null ? unsaid : means.deadline().toString(), false))));

		blocks.add(new ExportBlock.Subheading(context.text("engagement.plan.summary")));
		PlanView.Totals totals = view.totals();
		blocks.add(new ExportBlock.Paragraph(context.text("engagement.plan.totals", totals.live(), totals.done(),
				totals.organizationHours(), totals.providerHours()), false));
		blocks.add(new ExportBlock.Facts(view.fits().stream().map(f -> fit(f, currency, context)).toList()));

		blocks.add(new ExportBlock.Subheading(context.text("engagement.plan.approval")));
		if (view.approved()) {
			blocks.add(new ExportBlock.Facts(List.of(
					new ExportBlock.Fact(context.text("engagement.export.plan.approvedRevision"),
							String.valueOf(view.approvedRevision()), false),
					new ExportBlock.Fact(context.text("engagement.plan.revision"), String.valueOf(view.revision()),
							false),
					new ExportBlock.Fact(context.text("engagement.export.plan.approvedOn"),
							context.day(view.approvedAt()), false),
					new ExportBlock.Fact(context.text("engagement.plan.status"),
							context.text(view.approvedAsIs() ? "engagement.plan.isApproved"
									: "engagement.plan.changedSinceApproval"),
							false))));
		}
		else {
			blocks.add(new ExportBlock.Paragraph(context.text("engagement.plan.notApprovedYet"), false));
		}

		blocks.add(new ExportBlock.Subheading(context.text("engagement.plan.items")));
		if (data.isEmpty()) {
			blocks.add(new ExportBlock.Paragraph(context.text("engagement.plan.items.none"), false));
		}
		else {
			blocks.add(new ExportBlock.Table(
					List.of(context.text("engagement.plan.item.title"), context.text("engagement.plan.item.outcome"),
							context.text("engagement.plan.owner"), context.text("engagement.plan.due"),
							context.text("engagement.plan.effort"), context.text("engagement.plan.cost"),
							context.text("engagement.plan.status")),
					List.of(true, true, false, false, false, false, false),
					data.stream()
						.map(i -> List.of(i.title(), Objects.requireNonNullElse(i.outcome(), "–"),
								context.text("engagement.plan.owner." + i.owner().name().toLowerCase(java.util.Locale.ROOT)), i.dueOn().toString(),
								number(i.effortHours(), context), money(i.costMinor(), currency, context),
								context.text(i.status().messageKey())))
						.toList()));
		}
		if (limited) {
			blocks.add(context.limited());
		}
		return new ExportPart(new PlanData(view.revision(),
				new MeansData(means.hoursPerMonth(), means.budgetMinor(), currency, means.deadline()),
				new TotalsData(totals.costMinor(), totals.organizationHours(), totals.providerHours(),
						totals.organizationHoursLeft(), totals.live(), totals.done()),
				view.fits().stream().map(f -> new FitData(f.measure(), f.fits(), f.need(), f.have())).toList(),
				view.approvedRevision(), view.approvedAt(), data), blocks);
	}

	private static ExportBlock.Fact fit(PlanView.Fit f, String currency, ExportContext context) {
		String key = f.measure().messageKey();
		String state = !f.known() ? "unknown" : f.fitting() ? "fits" : "over";
		String text = switch (f.measure()) {
			case BUDGET -> context.text(key + "." + state, money(f.need(), currency, context),
					money(f.have(), currency, context), money(f.over(), currency, context));
			case STAFF_TIME -> context.text(key + "." + state, f.need(), f.have(), f.over());
			case DEADLINE -> context.text(key + "." + state, f.need());
		};
		return new ExportBlock.Fact(context.text(key), text, false);
	}

	/** Minor units of the currency, as the reader's language writes money. */
	static String money(long minor, String currency, ExportContext context) {
		return Money.format(minor, currency, context.locale());
	}

	private static String number(long value, ExportContext context) {
		return NumberFormat.getIntegerInstance(context.locale()).format(value);
	}

	record PlanData(long revision, MeansData means, TotalsData totals, List<FitData> fits,
			@Nullable Long approvedRevision, @Nullable Instant approvedAt, List<ItemData> items) {

		/** Numbers only, should it ever reach a log. */
		@Override
		public String toString() {
			return "PlanData[revision " + revision + ", " + items.size() + " items]";
		}

	}

	record MeansData(@Nullable Integer hoursPerMonth, @Nullable Long budgetMinor, String currency,
			@Nullable LocalDate deadline) {
	}

	record TotalsData(long costMinor, long organizationHours, long providerHours, long organizationHoursLeft, int live,
			int done) {
	}

	record FitData(PlanView.Measure measure, @Nullable Boolean fits, long need, long have) {
	}

	record ItemData(UUID id, String title, @Nullable String outcome, Side owner, LocalDate dueOn, int effortHours,
			long costMinor, PlanStatus status, Instant createdAt, Instant updatedAt) {

		/** Ids only, should it ever reach a log. */
		@Override
		public String toString() {
			return "ItemData[" + id + "]";
		}

	}

}
