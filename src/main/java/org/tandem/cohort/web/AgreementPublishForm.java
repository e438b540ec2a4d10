package org.tandem.cohort.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.tandem.cohort.domain.AgreementText;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new version as an administrator typed it: the text in each of the five languages, and the version the page
 * started from (0 when none was published).
 */
record AgreementPublishForm(
		@NotBlank(message = "{cohort.agreement.textMissing}") @Size(max = AgreementText.TEXT_LIMIT,
				message = "{cohort.agreement.textTooLong}") String en,
		@NotBlank(message = "{cohort.agreement.textMissing}") @Size(max = AgreementText.TEXT_LIMIT,
				message = "{cohort.agreement.textTooLong}") String es,
		@NotBlank(message = "{cohort.agreement.textMissing}") @Size(max = AgreementText.TEXT_LIMIT,
				message = "{cohort.agreement.textTooLong}") String fr,
		@NotBlank(message = "{cohort.agreement.textMissing}") @Size(max = AgreementText.TEXT_LIMIT,
				message = "{cohort.agreement.textTooLong}") String pt,
		@NotBlank(message = "{cohort.agreement.textMissing}") @Size(max = AgreementText.TEXT_LIMIT,
				message = "{cohort.agreement.textTooLong}") String ar,
		@org.jspecify.annotations.Nullable Integer basedOn) {

	AgreementPublishForm {
		en = en == null ? "" : en;
		es = es == null ? "" : es;
		fr = fr == null ? "" : fr;
		pt = pt == null ? "" : pt;
		ar = ar == null ? "" : ar;
	}

	/** Prefilled with a version's texts (the current one), or empty before the first. */
	static AgreementPublishForm from(@org.jspecify.annotations.Nullable AgreementText current) {
		if (current == null) {
			return new AgreementPublishForm("", "", "", "", "", 0);
		}
		return new AgreementPublishForm(current.text("en"), current.text("es"), current.text("fr"), current.text("pt"),
				current.text("ar"), current.version().number());
	}

	/** The version the page started from; 0 when none was published (or the number was tampered with). */
	int base() {
		return basedOn == null ? 0 : basedOn;
	}

	Map<String, String> texts() {
		Map<String, String> texts = new LinkedHashMap<>();
		texts.put("en", en);
		texts.put("es", es);
		texts.put("fr", fr);
		texts.put("pt", pt);
		texts.put("ar", ar);
		return texts;
	}

}
