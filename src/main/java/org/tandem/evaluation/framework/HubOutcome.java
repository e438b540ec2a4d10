package org.tandem.evaluation.framework;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.tandem.evaluation.OutcomeKind;
import org.tandem.platform.InvalidInput;

/**
 * An outcome the hub adds to the framework's: its objective, the change it looks for and its words in one or more
 * languages (English always). About no organization, so in the clear. Retired, plans no longer pick it; plans that
 * hold it keep it.
 */
@Table("evaluation_hub_outcome")
public class HubOutcome {

	public static final int WORDING_LIMIT = 500;

	@Id
	private final UUID id;

	private final int objective;

	private final OutcomeKind kind;

	private final String wordingEn;

	private final @Nullable String wordingEs;

	private final @Nullable String wordingFr;

	private final @Nullable String wordingPt;

	private final @Nullable String wordingAr;

	private boolean retired;

	private final UUID createdBy;

	private final Instant createdAt;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	HubOutcome(UUID id, int objective, OutcomeKind kind, String wordingEn, @Nullable String wordingEs,
			@Nullable String wordingFr, @Nullable String wordingPt, @Nullable String wordingAr, boolean retired,
			UUID createdBy, Instant createdAt, Instant updatedAt, @Nullable Long version) {
		this.id = id;
		this.objective = objective;
		this.kind = kind;
		this.wordingEn = wordingEn;
		this.wordingEs = wordingEs;
		this.wordingFr = wordingFr;
		this.wordingPt = wordingPt;
		this.wordingAr = wordingAr;
		this.retired = retired;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	/** A new outcome; the words by language code (en required; es, fr, pt, ar optional; blank is none). */
	static HubOutcome add(int objective, @Nullable OutcomeKind kind, Map<String, String> wording, UUID by,
			Instant now) {
		if (objective < 1 || objective > 5) {
			throw new InvalidInput("objective", "evaluation.outcome.objective.invalid");
		}
		if (kind == null) {
			throw new InvalidInput("kind", "evaluation.outcome.kind.invalid");
		}
		String en = clean(wording.get("en"));
		if (en == null) {
			throw new InvalidInput("wordingEn", "evaluation.outcome.wording.required");
		}
		for (String language : Framework.LANGUAGES) {
			String text = clean(wording.get(language));
			if (text != null && text.length() > WORDING_LIMIT) {
				throw new InvalidInput("wording" + Character.toUpperCase(language.charAt(0)) + language.substring(1),
						"evaluation.outcome.wording.tooLong");
			}
		}
		return new HubOutcome(UUID.randomUUID(), objective, kind, en, clean(wording.get("es")),
				clean(wording.get("fr")), clean(wording.get("pt")), clean(wording.get("ar")), false, by, now, now,
				null);
	}

	private static @Nullable String clean(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	void retire(boolean retire, Instant now) {
		this.retired = retire;
		this.updatedAt = now;
	}

	public UUID id() {
		return id;
	}

	public int objective() {
		return objective;
	}

	public OutcomeKind kind() {
		return kind;
	}

	/** The words in the language, or in English when there are none in it. */
	public String wording(Locale locale) {
		String text = switch (locale.getLanguage()) {
			case "es" -> wordingEs;
			case "fr" -> wordingFr;
			case "pt" -> wordingPt;
			case "ar" -> wordingAr;
			default -> wordingEn;
		};
		return text == null ? wordingEn : text;
	}

	/** The language the words of {@link #wording(Locale)} are in. */
	public String wordingLanguage(Locale locale) {
		return wording(locale).equals(wordingEn) && !locale.getLanguage().equals("en") ? "en" : locale.getLanguage();
	}

	public boolean retired() {
		return retired;
	}

	public UUID createdBy() {
		return createdBy;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public long version() {
		return version == null ? 0 : version;
	}

}
