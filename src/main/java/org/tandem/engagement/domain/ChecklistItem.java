package org.tandem.engagement.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;
import org.tandem.privacy.DataOwner;
import org.tandem.privacy.KeyPurpose;
import org.tandem.privacy.Sealed;
import org.tandem.privacy.SealedText;

/** One item of a checklist the provider left: its text (sealed), and whether the organization has done it. */
@Table("engagement_checklist_item")
public class ChecklistItem {

	@Id
	private final UUID id;

	private final UUID guideId;

	private final UUID engagementId;

	@DataOwner
	private final UUID organizationId;

	@Column("item_order")
	private int order;

	@Sealed(KeyPurpose.CASE)
	private final SealedText content;

	private boolean done;

	private @Nullable UUID doneBy;

	private @Nullable Instant doneAt;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	ChecklistItem(UUID id, UUID guideId, UUID engagementId, UUID organizationId, int order, SealedText content,
			boolean done, @Nullable UUID doneBy, @Nullable Instant doneAt, @Nullable Long version) {
		this.id = id;
		this.guideId = guideId;
		this.engagementId = engagementId;
		this.organizationId = organizationId;
		this.order = order;
		this.content = content;
		this.done = done;
		this.doneBy = doneBy;
		this.doneAt = doneAt;
		this.version = version;
	}

	static ChecklistItem of(Guide guide, Engagement engagement, int order, String text) {
		return new ChecklistItem(UUID.randomUUID(), guide.id(), engagement.id(), engagement.organizationId(), order,
				SealedText.of(text), false, null, null, null);
	}

	void moveTo(int order) {
		this.order = order;
	}

	/** Ticks or unticks the item; ticking an item already done keeps who did it and when. */
	void mark(boolean done, UUID accountId, Instant now) {
		if (done == this.done) {
			return;
		}
		this.done = done;
		this.doneBy = done ? accountId : null;
		this.doneAt = done ? now : null;
	}

	public UUID id() {
		return id;
	}

	public UUID guideId() {
		return guideId;
	}

	public UUID engagementId() {
		return engagementId;
	}

	public int order() {
		return order;
	}

	public String text() {
		return Objects.requireNonNullElse(SealedText.readable(content), "");
	}

	public boolean done() {
		return done;
	}

	public @Nullable UUID doneBy() {
		return doneBy;
	}

	public @Nullable Instant doneAt() {
		return doneAt;
	}

}
