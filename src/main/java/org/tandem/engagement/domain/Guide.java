package org.tandem.engagement.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.tandem.engagement.GuideKind;
import org.tandem.platform.InvalidInput;
import org.tandem.privacy.DataOwner;
import org.tandem.privacy.KeyPurpose;
import org.tandem.privacy.Sealed;
import org.tandem.privacy.SealedText;

/**
 * A guide or a checklist the provider leaves behind: a title and a text in Markdown, and for a checklist its items
 * (each its own {@link ChecklistItem}, so that ticking one never refuses a change to the guide). Sealed under the
 * organization's case key.
 */
@Table("engagement_guide")
public class Guide {

	public static final int TITLE_LIMIT = 200;

	public static final int BODY_LIMIT = 20_000;

	/** The most items of one checklist, and the longest item. */
	public static final int ITEMS_LIMIT = 50;

	public static final int ITEM_LIMIT = 500;

	@Id
	private final UUID id;

	private final UUID engagementId;

	@DataOwner
	private final UUID organizationId;

	private GuideKind kind;

	@Sealed(KeyPurpose.CASE)
	private SealedText title;

	@Sealed(KeyPurpose.CASE)
	private @Nullable SealedText body;

	private final UUID authorId;

	private final Instant createdAt;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	Guide(UUID id, UUID engagementId, UUID organizationId, GuideKind kind, SealedText title, @Nullable SealedText body,
			UUID authorId, Instant createdAt, Instant updatedAt, @Nullable Long version) {
		this.id = id;
		this.engagementId = engagementId;
		this.organizationId = organizationId;
		this.kind = kind;
		this.title = title;
		this.body = body;
		this.authorId = authorId;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	static Guide write(Engagement engagement, Entry entry, UUID authorId, Instant now) {
		entry.check();
		return new Guide(UUID.randomUUID(), engagement.id(), engagement.organizationId(), entry.kind(),
				SealedText.of(entry.title()), entry.body() == null ? null : SealedText.of(entry.body()), authorId, now,
				now, null);
	}

	void change(Entry entry, Instant now) {
		entry.check();
		kind = entry.kind();
		if (!entry.title().equals(title())) {
			title = SealedText.of(entry.title());
		}
		if (!Objects.equals(entry.body(), body())) {
			body = entry.body() == null ? null : SealedText.of(entry.body());
		}
		updatedAt = now;
	}

	/**
	 * What the provider writes: the kind, a title, the text in Markdown and, for a checklist, its items (blank lines
	 * are dropped; a guide has none).
	 */
	public record Entry(GuideKind kind, String title, @Nullable String body, List<String> items) {

		public Entry {
			title = title.strip();
			body = body == null || body.isBlank() ? null : body.strip();
			items = kind == GuideKind.CHECKLIST
					? items.stream().map(String::strip).filter(item -> !item.isEmpty()).toList() : List.of();
		}

		void check() {
			if (title.isEmpty()) {
				throw new InvalidInput("title", "engagement.guide.titleMissing");
			}
			if (title.length() > TITLE_LIMIT) {
				throw new InvalidInput("title", "engagement.guide.titleTooLong");
			}
			if (body != null && body.length() > BODY_LIMIT) {
				throw new InvalidInput("body", "engagement.notes.tooLong");
			}
			if (kind == GuideKind.CHECKLIST && items.isEmpty()) {
				throw new InvalidInput("items", "engagement.guide.itemsMissing");
			}
			if (items.size() > ITEMS_LIMIT || items.stream().anyMatch(item -> item.length() > ITEM_LIMIT)) {
				throw new InvalidInput("items", "engagement.guide.itemsTooMany");
			}
		}

	}

	public UUID id() {
		return id;
	}

	public UUID engagementId() {
		return engagementId;
	}

	public GuideKind kind() {
		return kind;
	}

	public String title() {
		return Objects.requireNonNullElse(SealedText.readable(title), "");
	}

	public @Nullable String body() {
		return SealedText.readable(body);
	}

	public UUID authorId() {
		return authorId;
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

}
