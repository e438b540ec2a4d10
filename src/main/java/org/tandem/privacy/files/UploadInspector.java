package org.tandem.privacy.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Decides whether an upload may be kept, and cleans it before it is. In order: the size limit, the type as detected
 * from the bytes (never from the name or the declared content type) against the allowlist, the file name's extension
 * against that type, and then metadata removal for images and PDFs, so that a photo's GPS position or a document's
 * author does not end up in a case file. Refusals are {@link UploadRejectedException}s with message keys. The upload
 * is held in memory only; the caller stores the result with the {@link EncryptedFileStore}.
 */
@Component
public class UploadInspector {

	private final FileProperties properties;

	UploadInspector(FileProperties properties) {
		this.properties = properties;
	}

	/**
	 * Reads the upload (at most one byte past the limit, so an oversized one is not read to its end) and inspects it.
	 * The stream is not closed.
	 */
	public CleanUpload inspect(String declaredFileName, InputStream content) {
		long limit = limit();
		try {
			byte[] bytes = content.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 16));
			return inspect(declaredFileName, bytes);
		}
		catch (IOException e) {
			throw new UncheckedIOException("An upload could not be read", e);
		}
	}

	/** Inspects an upload already in memory. */
	public CleanUpload inspect(String declaredFileName, byte[] content) {
		if (content.length > limit()) {
			throw new UploadRejectedException(UploadRejectedException.TOO_LARGE,
					(limit() + (1 << 20) - 1) / (1 << 20));
		}
		if (content.length == 0) {
			throw new UploadRejectedException(UploadRejectedException.EMPTY);
		}
		FileType type = FileType.detect(content)
			.orElseThrow(() -> new UploadRejectedException(UploadRejectedException.TYPE, ""));
		if (!allowed(type)) {
			throw new UploadRejectedException(UploadRejectedException.TYPE, type.mediaType());
		}
		String name = SafeFileNames.clean(declaredFileName);
		String extension = SafeFileNames.extension(name);
		if (!extension.isEmpty() && !type.extensions().contains(extension)) {
			throw new UploadRejectedException(UploadRejectedException.MISMATCH, extension, type.mediaType());
		}
		return new CleanUpload(type.mediaType(), clean(type, content), SafeFileNames.forType(name, type));
	}

	private byte[] clean(FileType type, byte[] content) {
		try {
			return switch (type) {
				case PNG, JPEG -> ImageCleaner.clean(content, type);
				case PDF -> PdfCleaner.clean(content);
				case TEXT -> content;
			};
		}
		catch (UploadRejectedException e) {
			throw e;
		}
		catch (IOException | RuntimeException e) {
			// damaged, encrypted, or a variant the decoder does not know: it cannot be cleaned, so it is not kept
			throw new UploadRejectedException(UploadRejectedException.UNREADABLE, e, type.mediaType());
		}
	}

	private boolean allowed(FileType type) {
		return properties.allowedTypes()
			.stream()
			.anyMatch(allowed -> allowed.strip().toLowerCase(Locale.ROOT).equals(type.mediaType()));
	}

	private long limit() {
		return properties.maxUploadSize().toBytes();
	}

}
