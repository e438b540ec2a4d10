package org.tandem.audit.web;

import java.util.Set;

import org.tandem.audit.FindingCategory;
import org.tandem.audit.Impact;
import org.tandem.audit.Likelihood;
import org.tandem.audit.domain.Finding;

/** One finding as typed (enum names as text, so that a bad one is a message, not a failure) and the version shown. */
public class FindingForm {

	static final Set<String> FIELDS = Set.of("title", "category", "assets", "likelihood", "impact", "evidence",
			"evidenceFiles", "seenBy");

	private String title = "";

	private String category = "";

	private String assets = "";

	private String likelihood = "";

	private String impact = "";

	private String evidence = "";

	private String evidenceFiles = "";

	private String seenBy = "";

	private long version;

	static FindingForm of(Finding finding) {
		FindingForm form = new FindingForm();
		form.title = finding.title();
		form.category = finding.category().name();
		form.assets = finding.assets() == null ? "" : finding.assets();
		form.likelihood = finding.likelihood().name();
		form.impact = finding.impact().name();
		form.evidence = finding.evidence() == null ? "" : finding.evidence();
		form.evidenceFiles = String.join("\n", finding.evidenceFiles());
		form.seenBy = finding.seenBy() == null ? "" : finding.seenBy();
		form.version = finding.version();
		return form;
	}

	/** The entry, or an {@link org.tandem.platform.InvalidInput} on the first field that is not a choice offered. */
	Finding.Entry entry() {
		return new Finding.Entry(title,
				Typed.choice(FindingCategory.class, category, "category", "audit.finding.category.invalid"), assets,
				Typed.choice(Likelihood.class, likelihood, "likelihood", "audit.finding.likelihood.invalid"),
				Typed.choice(Impact.class, impact, "impact", "audit.finding.impact.invalid"), evidence,
				Finding.Entry.lines(evidenceFiles), seenBy);
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getCategory() {
		return category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public String getAssets() {
		return assets;
	}

	public void setAssets(String assets) {
		this.assets = assets;
	}

	public String getLikelihood() {
		return likelihood;
	}

	public void setLikelihood(String likelihood) {
		this.likelihood = likelihood;
	}

	public String getImpact() {
		return impact;
	}

	public void setImpact(String impact) {
		this.impact = impact;
	}

	public String getEvidence() {
		return evidence;
	}

	public void setEvidence(String evidence) {
		this.evidence = evidence;
	}

	public String getEvidenceFiles() {
		return evidenceFiles;
	}

	public void setEvidenceFiles(String evidenceFiles) {
		this.evidenceFiles = evidenceFiles;
	}

	public String getSeenBy() {
		return seenBy;
	}

	public void setSeenBy(String seenBy) {
		this.seenBy = seenBy;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
