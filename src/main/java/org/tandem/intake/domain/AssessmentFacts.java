package org.tandem.intake.domain;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The clear part of the staff's needs assessment, as stored on the request's own row: the services and languages
 * staff found (comma-separated, as matching filters on them), the risk, who assessed and when. Absent until staff
 * record an assessment; replaced whole when they record it again. Its context is sealed, so it stays on the
 * aggregate ({@link SealedRequestParts}).
 */
record AssessmentFacts(@Nullable String assessedServices, @Nullable String assessedLanguages,
		@Nullable RiskLevel riskLevel, @Nullable UUID assessedBy, @Nullable Instant assessedAt) {

}
