package org.tandem.privacy.files;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on uploaded files ({@code docs/privacy-files.md}). An upload is held in memory while it is checked and
 * cleaned, so the size limit is also a bound on the memory one upload may take.
 *
 * @param maxUploadSize the largest upload accepted ({@code TANDEM_FILES_MAX_UPLOAD_SIZE})
 * @param allowedTypes the media types accepted, as detected from the content; only {@code image/png},
 * {@code image/jpeg}, {@code application/pdf} and {@code text/plain} can be detected at all
 * ({@code TANDEM_FILES_ALLOWED_TYPES})
 */
@ConfigurationProperties("tandem.files")
record FileProperties(@DefaultValue("10MB") DataSize maxUploadSize,
		@DefaultValue({ "image/png", "image/jpeg", "application/pdf", "text/plain" }) List<String> allowedTypes) {

	public FileProperties {
		allowedTypes = List.copyOf(allowedTypes);
	}

}
