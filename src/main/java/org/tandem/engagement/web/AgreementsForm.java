package org.tandem.engagement.web;

import java.util.EnumMap;
import java.util.Map;

import org.tandem.engagement.Agreement;
import org.tandem.engagement.domain.Engagement;

import jakarta.validation.constraints.Size;

/** Create Space's five agreements as typed, and the version of the engagement the page showed. */
public class AgreementsForm {

	@Size(max = Engagement.AGREEMENT_LIMIT, message = "{engagement.agreement.tooLong}")
	private String working = "";

	@Size(max = Engagement.AGREEMENT_LIMIT, message = "{engagement.agreement.tooLong}")
	private String rhythm = "";

	@Size(max = Engagement.AGREEMENT_LIMIT, message = "{engagement.agreement.tooLong}")
	private String decisions = "";

	@Size(max = Engagement.AGREEMENT_LIMIT, message = "{engagement.agreement.tooLong}")
	private String confidential = "";

	@Size(max = Engagement.AGREEMENT_LIMIT, message = "{engagement.agreement.tooLong}")
	private String incidents = "";

	private long version;

	static AgreementsForm of(Engagement engagement) {
		AgreementsForm form = new AgreementsForm();
		Map<Agreement, String> all = engagement.agreements();
		form.working = all.getOrDefault(Agreement.WORKING, "");
		form.rhythm = all.getOrDefault(Agreement.RHYTHM, "");
		form.decisions = all.getOrDefault(Agreement.DECISIONS, "");
		form.confidential = all.getOrDefault(Agreement.CONFIDENTIAL, "");
		form.incidents = all.getOrDefault(Agreement.INCIDENTS, "");
		form.version = engagement.version();
		return form;
	}

	Map<Agreement, String> texts() {
		Map<Agreement, String> texts = new EnumMap<>(Agreement.class);
		texts.put(Agreement.WORKING, working);
		texts.put(Agreement.RHYTHM, rhythm);
		texts.put(Agreement.DECISIONS, decisions);
		texts.put(Agreement.CONFIDENTIAL, confidential);
		texts.put(Agreement.INCIDENTS, incidents);
		return texts;
	}

	public String getWorking() {
		return working;
	}

	public void setWorking(String working) {
		this.working = working;
	}

	public String getRhythm() {
		return rhythm;
	}

	public void setRhythm(String rhythm) {
		this.rhythm = rhythm;
	}

	public String getDecisions() {
		return decisions;
	}

	public void setDecisions(String decisions) {
		this.decisions = decisions;
	}

	public String getConfidential() {
		return confidential;
	}

	public void setConfidential(String confidential) {
		this.confidential = confidential;
	}

	public String getIncidents() {
		return incidents;
	}

	public void setIncidents(String incidents) {
		this.incidents = incidents;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
