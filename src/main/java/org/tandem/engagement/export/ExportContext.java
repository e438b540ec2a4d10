package org.tandem.engagement.export;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.tandem.engagement.domain.Engagement;

/**
 * What a section needs to write itself: the engagement (already authorized: a section checks nobody), the reader's
 * language and the messages in it, and the most rows a section lists.
 */
public record ExportContext(Engagement engagement, Locale locale, MessageSource messages) {

	/** The most rows one section lists (a table's lines, a history's moves); a section says when it stopped there. */
	public static final int ROW_LIMIT = 500;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

	public UUID engagementId() {
		return engagement.id();
	}

	/** A message in the reader's language. */
	public String text(String key, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	/** A day as the pages write it (ISO order, UTC); blank for none. */
	public String day(@Nullable Instant instant) {
		return instant == null ? "" : DAY.format(instant);
	}

	/** The note a section adds when it listed only the first {@link #ROW_LIMIT} rows. */
	public ExportBlock.Paragraph limited() {
		return new ExportBlock.Paragraph(text("engagement.export.limited", ROW_LIMIT), false);
	}

}
