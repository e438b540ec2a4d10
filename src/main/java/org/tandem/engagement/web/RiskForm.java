package org.tandem.engagement.web;

import org.jspecify.annotations.Nullable;
import org.tandem.engagement.Level;
import org.tandem.engagement.domain.Risk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One line of the risk register as typed, and the version of the line the page showed (0 for a new one). */
public class RiskForm {

	@NotBlank(message = "{engagement.risk.assetMissing}")
	@Size(max = Risk.SHORT_LIMIT, message = "{engagement.risk.tooLong}")
	private String asset = "";

	@NotBlank(message = "{engagement.risk.threatMissing}")
	@Size(max = Risk.SHORT_LIMIT, message = "{engagement.risk.tooLong}")
	private String threat = "";

	@Size(max = Risk.MEASURES_LIMIT, message = "{engagement.risk.tooLong}")
	private String measures = "";

	@NotNull(message = "{validation.required}")
	private @Nullable Level likelihood;

	@NotNull(message = "{validation.required}")
	private @Nullable Level impact;

	private long version;

	static RiskForm of(Risk risk) {
		RiskForm form = new RiskForm();
		form.asset = risk.asset();
		form.threat = risk.threat();
		form.measures = risk.measures() == null ? "" : risk.measures();
		form.likelihood = risk.likelihood();
		form.impact = risk.impact();
		form.version = risk.version();
		return form;
	}

	/** Only once the form is valid. */
	Risk.Line line() {
		return new Risk.Line(asset, threat, measures, java.util.Objects.requireNonNull(likelihood),
				java.util.Objects.requireNonNull(impact));
	}

	public String getAsset() {
		return asset;
	}

	public void setAsset(String asset) {
		this.asset = asset;
	}

	public String getThreat() {
		return threat;
	}

	public void setThreat(String threat) {
		this.threat = threat;
	}

	public String getMeasures() {
		return measures;
	}

	public void setMeasures(String measures) {
		this.measures = measures;
	}

	public @Nullable Level getLikelihood() {
		return likelihood;
	}

	public void setLikelihood(@Nullable Level likelihood) {
		this.likelihood = likelihood;
	}

	public @Nullable Level getImpact() {
		return impact;
	}

	public void setImpact(@Nullable Level impact) {
		this.impact = impact;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
