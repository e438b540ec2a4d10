package org.tandem.engagement.web;

import org.tandem.engagement.domain.Means;
import org.tandem.platform.InvalidInput;

import jakarta.validation.constraints.Size;

/** The organization's means as typed (each may be left blank), and the plan's revision the page showed. */
public class MeansForm {

	@Size(max = 20, message = "{engagement.plan.hoursInvalid}")
	private String hoursPerMonth = "";

	@Size(max = 24, message = "{engagement.plan.amountInvalid}")
	private String budget = "";

	@Size(max = 3, message = "{engagement.plan.currencyUnknown}")
	private String currency = "USD";

	@Size(max = 20, message = "{engagement.plan.dateInvalid}")
	private String deadline = "";

	private long revision;

	static MeansForm of(Means means, long revision) {
		MeansForm form = new MeansForm();
		form.hoursPerMonth = means.hoursPerMonth() == null ? "" : means.hoursPerMonth().toString();
		form.budget = Amounts.typed(means.budgetMinor(), means.fractionDigits());
		form.currency = means.currency();
		form.deadline = means.deadline() == null ? "" : means.deadline().toString();
		form.revision = revision;
		return form;
	}

	/** Only once the form is valid; answers {@link InvalidInput} naming the field that is not a number or date. */
	Means means() {
		if (!Means.CURRENCIES.contains(currency)) {
			throw new InvalidInput("currency", "engagement.plan.currencyUnknown");
		}
		Integer hours = Amounts.hours(hoursPerMonth, Means.MOST_HOURS_PER_MONTH, "hoursPerMonth",
				"engagement.plan.hoursInvalid");
		int digits = java.util.Currency.getInstance(currency).getDefaultFractionDigits();
		return new Means(hours, Amounts.minor(budget, Math.max(0, digits), "budget"), currency,
				Amounts.date(deadline, "deadline"));
	}


	public String getHoursPerMonth() {
		return hoursPerMonth;
	}

	public void setHoursPerMonth(String hoursPerMonth) {
		this.hoursPerMonth = hoursPerMonth;
	}

	public String getBudget() {
		return budget;
	}

	public void setBudget(String budget) {
		this.budget = budget;
	}

	public String getCurrency() {
		return currency;
	}

	public void setCurrency(String currency) {
		this.currency = currency;
	}

	public String getDeadline() {
		return deadline;
	}

	public void setDeadline(String deadline) {
		this.deadline = deadline;
	}

	public long getRevision() {
		return revision;
	}

	public void setRevision(long revision) {
		this.revision = revision;
	}

}
