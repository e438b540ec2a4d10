package org.tandem.cohort.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.Markdown;
import org.tandem.platform.Secrets;

/**
 * A version of an agreement with its text, in Markdown, in each of the five shipped languages. Published once and
 * never changed: a correction is a new version.
 */
public record AgreementText(AgreementVersion version, Map<String, String> texts) {

	/** The languages every version is written in, in the order the pages list them. */
	public static final List<String> LANGUAGES = List.of("en", "es", "fr", "pt", "ar");

	/** The longest text in one language, in characters of Markdown (what the renderer shows whole). */
	public static final int TEXT_LIMIT = Markdown.LIMIT;

	public AgreementText {
		texts = Map.copyOf(texts);
	}

	/** The text in the language (one of {@link #LANGUAGES}). */
	public String text(String language) {
		String text = texts.get(language);
		if (text == null) {
			throw new IllegalArgumentException("no text in " + language);
		}
		return text;
	}

	/** The SHA-256 (hex) of the text in the language, as a signature of it stores. */
	public String sha256(String language) {
		return Secrets.sha256Hex(text(language));
	}

	/** Whether the language is one of the five. */
	public static boolean shipped(@Nullable String language) {
		return language != null && LANGUAGES.contains(language);
	}

	/**
	 * The texts as they will be kept: line ends made {@code \n} (a browser sends {@code \r\n}), so what is signed and
	 * hashed is the same text whichever way it came; refused unless every language has a text within the limit.
	 */
	public static Map<String, String> checked(Map<String, String> typed) {
		Map<String, String> texts = new LinkedHashMap<>();
		for (String language : LANGUAGES) {
			String text = typed.get(language);
			if (text == null || text.isBlank()) {
				throw new InvalidInput(language, "cohort.agreement.textMissing");
			}
			String kept = text.replace("\r\n", "\n").replace('\r', '\n').strip();
			if (kept.length() > TEXT_LIMIT) {
				throw new InvalidInput(language, "cohort.agreement.textTooLong");
			}
			texts.put(language, kept);
		}
		return texts;
	}

}
