package org.tandem.evaluation.survey;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One version of a survey. Its content changes only while it is a draft; {@code rowVersion} guards a page that showed
 * an older state.
 */
public record Survey(UUID id, UUID familyId, int version, SurveyKind kind, SurveyStatus status,
		@Nullable String shipped, @Nullable UUID engagementId, @Nullable UUID organizationId, @Nullable UUID createdBy,
		SurveyContent content, Instant createdAt, Instant updatedAt, @Nullable Instant publishedAt, long rowVersion) {

	public boolean draft() {
		return status == SurveyStatus.DRAFT;
	}

	public String title(String language) {
		return content.title(language);
	}

	Survey with(SurveyContent changed, Instant now) {
		return new Survey(id, familyId, version, kind, status, shipped, engagementId, organizationId, createdBy, changed,
				createdAt, now, publishedAt, rowVersion);
	}

	Survey moved(SurveyStatus to, Instant now) {
		return new Survey(id, familyId, version, kind, to, shipped, engagementId, organizationId, createdBy, content,
				createdAt, now, to == SurveyStatus.PUBLISHED ? now : publishedAt, rowVersion);
	}

}
