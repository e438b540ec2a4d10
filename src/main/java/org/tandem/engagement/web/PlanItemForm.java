package org.tandem.engagement.web;

import org.jspecify.annotations.Nullable;
import org.tandem.engagement.Side;
import org.tandem.engagement.domain.PlanItem;
import org.tandem.platform.InvalidInput;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One item of the plan as typed, and the version of the item the page showed (0 for a new one). */
public class PlanItemForm {

	@NotBlank(message = "{engagement.plan.titleMissing}")
	@Size(max = PlanItem.TITLE_LIMIT, message = "{engagement.plan.tooLong}")
	private String title = "";

	@Size(max = PlanItem.OUTCOME_LIMIT, message = "{engagement.plan.tooLong}")
	private String outcome = "";

	@NotNull(message = "{validation.required}")
	private @Nullable Side owner;

	@NotBlank(message = "{engagement.plan.dueMissing}")
	@Size(max = 20, message = "{engagement.plan.dateInvalid}")
	private String dueOn = "";

	@Size(max = 20, message = "{engagement.plan.effortInvalid}")
	private String effort = "";

	@Size(max = 24, message = "{engagement.plan.amountInvalid}")
	private String cost = "";

	private long version;

	static PlanItemForm of(PlanItem item, int fractionDigits) {
		PlanItemForm form = new PlanItemForm();
		form.title = item.title();
		form.outcome = item.outcome() == null ? "" : item.outcome();
		form.owner = item.owner();
		form.dueOn = item.dueOn().toString();
		form.effort = String.valueOf(item.effortHours());
		form.cost = Amounts.typed(item.costMinor(), fractionDigits);
		form.version = item.version();
		return form;
	}

	/** Only once the form is valid; answers {@link InvalidInput} naming the field that is not a number or date. */
	PlanItem.Entry entry(int fractionDigits) {
		if (owner == Side.STAFF) {
			throw new InvalidInput("owner", "engagement.plan.ownerInvalid");
		}
		java.time.LocalDate due = Amounts.date(dueOn, "dueOn");
		if (due == null) {
			throw new InvalidInput("dueOn", "engagement.plan.dueMissing");
		}
		Integer hours = Amounts.hours(effort, PlanItem.MOST_HOURS, "effort", "engagement.plan.effortInvalid");
		Long minor = Amounts.minor(cost, fractionDigits, "cost");
		return new PlanItem.Entry(title, outcome, java.util.Objects.requireNonNull(owner), due,
				hours == null ? 0 : hours, minor == null ? 0 : minor);
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getOutcome() {
		return outcome;
	}

	public void setOutcome(String outcome) {
		this.outcome = outcome;
	}

	public @Nullable Side getOwner() {
		return owner;
	}

	public void setOwner(@Nullable Side owner) {
		this.owner = owner;
	}

	public String getDueOn() {
		return dueOn;
	}

	public void setDueOn(String dueOn) {
		this.dueOn = dueOn;
	}

	public String getEffort() {
		return effort;
	}

	public void setEffort(String effort) {
		this.effort = effort;
	}

	public String getCost() {
		return cost;
	}

	public void setCost(String cost) {
		this.cost = cost;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
