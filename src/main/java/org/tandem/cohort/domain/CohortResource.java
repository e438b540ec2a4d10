package org.tandem.cohort.domain;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A link or a file staff share with a cohort's participants: the hub's own material, its title and description kept
 * in the clear; a file's bytes are encrypted under the cohort's id as owner.
 */
public record CohortResource(UUID id, UUID cohortId, Kind kind, String title, @Nullable String description,
		@Nullable String url, @Nullable UUID fileId, @Nullable String fileName, @Nullable String contentType,
		@Nullable Long sizeBytes, UUID addedBy, Instant addedAt) {

	public static final int TITLE_LIMIT = 200;

	public static final int DESCRIPTION_LIMIT = 500;

	public static final int URL_LIMIT = 2_000;

	public enum Kind {
		LINK, FILE
	}

	public boolean file() {
		return kind == Kind.FILE;
	}

	@Override
	public String toString() {
		return "CohortResource[" + id + " in " + cohortId + "]";
	}

}
