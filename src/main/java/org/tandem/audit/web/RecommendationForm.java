package org.tandem.audit.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.tandem.audit.Priority;
import org.tandem.audit.domain.Recommendation;
import org.tandem.platform.InvalidInput;

/**
 * One recommendation as typed: the findings it rests on (their ids, from checkboxes), effort in whole hours, a cost
 * and its currency, a priority and a due date, all kept as text so that a bad value is a message beside it.
 */
public class RecommendationForm {

	static final Set<String> FIELDS = Set.of("title", "action", "findings", "effort", "cost", "currency", "priority",
			"dueOn");

	private String title = "";

	private String action = "";

	private List<String> findings = new ArrayList<>();

	private String effort = "";

	private String cost = "";

	private String currency = "USD";

	private String priority = "";

	private String dueOn = "";

	private long version;

	static RecommendationForm of(Recommendation r) {
		RecommendationForm form = new RecommendationForm();
		form.title = r.title();
		form.action = r.action();
		form.findings = new ArrayList<>(r.findingIds().stream().map(UUID::toString).toList());
		form.effort = Integer.toString(r.effortHours());
		form.cost = Typed.typed(r.costMinor(), r.currency());
		form.currency = r.currency() == null ? "USD" : r.currency();
		form.priority = r.priority().name();
		form.dueOn = r.dueOn() == null ? "" : r.dueOn().toString();
		form.version = r.version();
		return form;
	}

	Recommendation.Entry entry() {
		if (findings.size() > Recommendation.FINDINGS_LIMIT) {
			throw new InvalidInput("findings", "audit.rec.findings.tooMany");
		}
		List<UUID> ids = new ArrayList<>();
		for (String id : findings) {
			try {
				ids.add(UUID.fromString(id));
			}
			catch (IllegalArgumentException e) {
				throw new InvalidInput("findings", "audit.rec.findings.unknown");
			}
		}
		Long costMinor = Typed.minor(cost, currency, "cost", "audit.rec.cost.invalid");
		return new Recommendation.Entry(title, action, ids,
				Typed.hours(effort, Recommendation.MOST_HOURS, "effort", "audit.rec.effort.invalid"), costMinor,
				costMinor == null ? null : currency,
				Typed.choice(Priority.class, priority, "priority", "audit.rec.priority.invalid"),
				Typed.date(dueOn, "dueOn", "audit.rec.date.invalid"));
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getAction() {
		return action;
	}

	public void setAction(String action) {
		this.action = action;
	}

	public List<String> getFindings() {
		return findings;
	}

	public void setFindings(List<String> findings) {
		this.findings = findings;
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

	public String getCurrency() {
		return currency;
	}

	public void setCurrency(String currency) {
		this.currency = currency;
	}

	public String getPriority() {
		return priority;
	}

	public void setPriority(String priority) {
		this.priority = priority;
	}

	public String getDueOn() {
		return dueOn;
	}

	public void setDueOn(String dueOn) {
		this.dueOn = dueOn;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
