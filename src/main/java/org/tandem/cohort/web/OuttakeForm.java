package org.tandem.cohort.web;

import org.jspecify.annotations.Nullable;
import org.tandem.cohort.domain.Outtake;

/** An organization's outtake as the page sends it (see {@link IntakeForm}). */
public class OuttakeForm {

	private String changed = "";

	private String keepDoing = "";

	private String missing = "";

	private String recommend = "";

	private String confidence = "";

	private long version;

	static OuttakeForm of(@Nullable Outtake outtake) {
		OuttakeForm form = new OuttakeForm();
		if (outtake != null) {
			form.changed = FormText.orEmpty(outtake.changed());
			form.keepDoing = FormText.orEmpty(outtake.keepDoing());
			form.missing = FormText.orEmpty(outtake.missing());
			form.recommend = String.valueOf(outtake.recommend());
			form.confidence = String.valueOf(outtake.confidence());
			form.version = outtake.revision();
		}
		return form;
	}

	Outtake.Answers answers() {
		return new Outtake.Answers(changed, keepDoing, missing, FormText.number(recommend),
				FormText.number(confidence));
	}

	public String getChanged() {
		return changed;
	}

	public void setChanged(@Nullable String changed) {
		this.changed = FormText.bounded(changed);
	}

	public String getKeepDoing() {
		return keepDoing;
	}

	public void setKeepDoing(@Nullable String keepDoing) {
		this.keepDoing = FormText.bounded(keepDoing);
	}

	public String getMissing() {
		return missing;
	}

	public void setMissing(@Nullable String missing) {
		this.missing = FormText.bounded(missing);
	}

	public String getRecommend() {
		return recommend;
	}

	public void setRecommend(@Nullable String recommend) {
		this.recommend = FormText.shortText(recommend);
	}

	public String getConfidence() {
		return confidence;
	}

	public void setConfidence(@Nullable String confidence) {
		this.confidence = FormText.shortText(confidence);
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
