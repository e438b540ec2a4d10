package org.tandem.intake.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.tandem.intake.RequestStatus;
import org.tandem.intake.Approach;
import org.tandem.intake.domain.Triage;
import org.tandem.intake.Urgency;

/** The queue's filters as query parameters, so a filtered queue can be bookmarked and works without JavaScript. */
class QueueFilterForm {

	/** The ages offered, in days. */
	static final List<Integer> AGES = List.of(1, 3, 7, 14, 30);

	private @Nullable RequestStatus status;

	private @Nullable Urgency urgency;

	private String language = "";

	private String country = "";

	private @Nullable Approach approach;

	private @Nullable Integer age;

	private Triage.Assignee assigned = Triage.Assignee.ANYONE;

	private Triage.Sort sort = Triage.Sort.URGENCY;

	/** The cursors of the page after or before a row (Triage.Page's next and previous). */
	private String after = "";

	private String before = "";

	/** A reference as typed (searched on its own, apart from the filters). */
	private String reference = "";

	Triage.Filter filter() {
		return new Triage.Filter(status, urgency,
				RequestForm.LANGUAGES.contains(language) ? language : null,
				country.matches("[A-Z]{2}") ? country : null, approach, age != null && AGES.contains(age) ? age : null,
				assigned, sort, after, before);
	}

	public @Nullable RequestStatus getStatus() {
		return status;
	}

	public void setStatus(@Nullable RequestStatus status) {
		this.status = status;
	}

	public @Nullable Urgency getUrgency() {
		return urgency;
	}

	public void setUrgency(@Nullable Urgency urgency) {
		this.urgency = urgency;
	}

	public String getLanguage() {
		return language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public String getCountry() {
		return country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public @Nullable Approach getApproach() {
		return approach;
	}

	public void setApproach(@Nullable Approach approach) {
		this.approach = approach;
	}

	public @Nullable Integer getAge() {
		return age;
	}

	public void setAge(@Nullable Integer age) {
		this.age = age;
	}

	public Triage.Assignee getAssigned() {
		return assigned;
	}

	public void setAssigned(Triage.Assignee assigned) {
		this.assigned = assigned;
	}

	public Triage.Sort getSort() {
		return sort;
	}

	public void setSort(Triage.Sort sort) {
		this.sort = sort;
	}

	public String getReference() {
		return reference;
	}

	public void setReference(String reference) {
		this.reference = reference;
	}

	public String getAfter() {
		return after;
	}

	public void setAfter(String after) {
		this.after = after;
	}

	public String getBefore() {
		return before;
	}

	public void setBefore(String before) {
		this.before = before;
	}

}
