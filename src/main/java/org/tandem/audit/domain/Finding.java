package org.tandem.audit.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.tandem.audit.FindingCategory;
import org.tandem.audit.Impact;
import org.tandem.audit.Likelihood;
import org.tandem.platform.InvalidInput;
import org.tandem.privacy.DataOwner;
import org.tandem.privacy.KeyPurpose;
import org.tandem.privacy.Sealed;
import org.tandem.privacy.SealedText;

/**
 * One finding of an audit: what was found, in which of the field guide's categories, the assets it touches, how likely
 * and how bad its harm (five steps each), the evidence (free text and references to the audit's evidence files, kept as
 * labels so that this part depends on no file table) and who saw it. Every text is sealed under the organization's
 * case key; the category and the scales are in the clear, for ordering. Its own aggregate: two auditors editing two
 * findings never refuse each other.
 */
@Table("audit_finding")
public class Finding {

	public static final int TITLE_LIMIT = 300;

	public static final int ASSETS_LIMIT = 1_000;

	public static final int EVIDENCE_LIMIT = 4_000;

	public static final int SEEN_BY_LIMIT = 500;

	/** The most evidence file references, and the longest one. */
	public static final int FILES_LIMIT = 20;

	public static final int FILE_LIMIT = 200;

	@Id
	private final UUID id;

	private final UUID auditId;

	@DataOwner
	private final UUID organizationId;

	@Sealed(KeyPurpose.CASE)
	private SealedText title;

	private FindingCategory category;

	@Sealed(KeyPurpose.CASE)
	private @Nullable SealedText assets;

	private Likelihood likelihood;

	private Impact impact;

	private int weight;

	@Sealed(KeyPurpose.CASE)
	private @Nullable SealedText evidence;

	@Sealed(KeyPurpose.CASE)
	private @Nullable SealedText evidenceFiles;

	@Sealed(KeyPurpose.CASE)
	private @Nullable SealedText seenBy;

	private final UUID recordedBy;

	private final Instant createdAt;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	Finding(UUID id, UUID auditId, UUID organizationId, SealedText title, FindingCategory category,
			@Nullable SealedText assets, Likelihood likelihood, Impact impact, int weight,
			@Nullable SealedText evidence, @Nullable SealedText evidenceFiles, @Nullable SealedText seenBy,
			UUID recordedBy, Instant createdAt, Instant updatedAt, @Nullable Long version) {
		this.id = id;
		this.auditId = auditId;
		this.organizationId = organizationId;
		this.title = title;
		this.category = category;
		this.assets = assets;
		this.likelihood = likelihood;
		this.impact = impact;
		this.weight = weight;
		this.evidence = evidence;
		this.evidenceFiles = evidenceFiles;
		this.seenBy = seenBy;
		this.recordedBy = recordedBy;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	static Finding record(Audit audit, UUID accountId, Entry entry, Instant now) {
		entry.check();
		return new Finding(UUID.randomUUID(), audit.id(), audit.organizationId(), SealedText.of(entry.title()),
				entry.category(), sealed(entry.assets()), entry.likelihood(), entry.impact(),
				Impact.weight(entry.likelihood(), entry.impact()), sealed(entry.evidence()),
				sealed(joined(entry.evidenceFiles())), sealed(entry.seenBy()), accountId, now, now, null);
	}

	void change(Entry entry, Instant now) {
		entry.check();
		if (!entry.title().equals(title())) {
			title = SealedText.of(entry.title());
		}
		assets = resealed(assets, entry.assets());
		evidence = resealed(evidence, entry.evidence());
		evidenceFiles = resealed(evidenceFiles, joined(entry.evidenceFiles()));
		seenBy = resealed(seenBy, entry.seenBy());
		category = entry.category();
		likelihood = entry.likelihood();
		impact = entry.impact();
		weight = Impact.weight(likelihood, impact);
		updatedAt = now;
	}

	private static @Nullable SealedText sealed(@Nullable String text) {
		return text == null ? null : SealedText.of(text);
	}

	/** The same sealed value when the text did not change (no new ciphertext for nothing), a new one otherwise. */
	private static @Nullable SealedText resealed(@Nullable SealedText old, @Nullable String text) {
		return Objects.equals(SealedText.readable(old), text) ? old : sealed(text);
	}

	private static @Nullable String joined(List<String> lines) {
		return lines.isEmpty() ? null : String.join("\n", lines);
	}

	/**
	 * What the auditor writes for one finding. Blank optional texts are none; evidence files are references to the
	 * audit's evidence (a file's id or name), one per line, blank lines dropped.
	 */
	public record Entry(String title, FindingCategory category, @Nullable String assets, Likelihood likelihood,
			Impact impact, @Nullable String evidence, List<String> evidenceFiles, @Nullable String seenBy) {

		public Entry {
			title = title.strip();
			assets = blankIsNone(assets);
			evidence = blankIsNone(evidence);
			seenBy = blankIsNone(seenBy);
			evidenceFiles = evidenceFiles.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
		}

		/** Evidence file references as typed, one per line. */
		public static List<String> lines(@Nullable String text) {
			return text == null ? List.of() : List.of(text.split("\\R"));
		}

		void check() {
			if (title.isEmpty()) {
				throw new InvalidInput("title", "audit.finding.title.required");
			}
			if (title.length() > TITLE_LIMIT) {
				throw new InvalidInput("title", "audit.finding.title.tooLong");
			}
			if (assets != null && assets.length() > ASSETS_LIMIT) {
				throw new InvalidInput("assets", "audit.finding.assets.tooLong");
			}
			if (evidence != null && evidence.length() > EVIDENCE_LIMIT) {
				throw new InvalidInput("evidence", "audit.finding.evidence.tooLong");
			}
			if (evidenceFiles.size() > FILES_LIMIT || evidenceFiles.stream().anyMatch(f -> f.length() > FILE_LIMIT)) {
				throw new InvalidInput("evidenceFiles", "audit.finding.evidenceFiles.invalid");
			}
			if (seenBy != null && seenBy.length() > SEEN_BY_LIMIT) {
				throw new InvalidInput("seenBy", "audit.finding.seenBy.tooLong");
			}
		}

	}

	static @Nullable String blankIsNone(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	public UUID id() {
		return id;
	}

	public UUID auditId() {
		return auditId;
	}

	public UUID organizationId() {
		return organizationId;
	}

	public String title() {
		return Objects.requireNonNullElse(SealedText.readable(title), "");
	}

	public FindingCategory category() {
		return category;
	}

	public @Nullable String assets() {
		return SealedText.readable(assets);
	}

	public Likelihood likelihood() {
		return likelihood;
	}

	public Impact impact() {
		return impact;
	}

	/** Likelihood times impact, 1 to 25. */
	public int weight() {
		return weight;
	}

	public @Nullable String evidence() {
		return SealedText.readable(evidence);
	}

	/** References to the audit's evidence files (ids or names), in the order written. */
	public List<String> evidenceFiles() {
		String text = SealedText.readable(evidenceFiles);
		return text == null ? List.of() : List.of(text.split("\n"));
	}

	public @Nullable String seenBy() {
		return SealedText.readable(seenBy);
	}

	public UUID recordedBy() {
		return recordedBy;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public long version() {
		return version == null ? 0 : version;
	}

	public Entry entry() {
		return new Entry(title(), category, assets(), likelihood, impact, evidence(), evidenceFiles(), seenBy());
	}

}
