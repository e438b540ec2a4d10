package org.tandem.privacy.files;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The types an upload can be, told apart by their first bytes. The declared name and content type are chosen by
 * whoever uploads and prove nothing; the bytes decide what a file is and how it is cleaned.
 */
enum FileType {

	PNG("image/png", List.of("png")),

	JPEG("image/jpeg", List.of("jpg", "jpeg", "jpe")),

	PDF("application/pdf", List.of("pdf")),

	TEXT("text/plain", List.of("txt", "text", "md", "csv", "log"));

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private static final byte[] JPEG_SIGNATURE = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PDF_SIGNATURE = { '%', 'P', 'D', 'F', '-' };

	private final String mediaType;

	private final List<String> extensions;

	FileType(String mediaType, List<String> extensions) {
		this.mediaType = mediaType;
		this.extensions = extensions;
	}

	String mediaType() {
		return mediaType;
	}

	/** The extensions a file name of this type may have, lower case; the first is the one added if none is given. */
	List<String> extensions() {
		return extensions;
	}

	/** The type of the content, or empty if it is none of these. */
	static Optional<FileType> detect(byte[] content) {
		if (startsWith(content, PNG_SIGNATURE)) {
			return Optional.of(PNG);
		}
		if (startsWith(content, JPEG_SIGNATURE)) {
			return Optional.of(JPEG);
		}
		if (startsWith(content, PDF_SIGNATURE)) {
			return Optional.of(PDF);
		}
		if (isText(content)) {
			return Optional.of(TEXT);
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] content, byte[] signature) {
		return content.length >= signature.length
				&& java.util.Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
	}

	/** Valid UTF-8 without NUL bytes, which no text has and nearly every binary format does. */
	private static boolean isText(byte[] content) {
		for (byte b : content) {
			if (b == 0) {
				return false;
			}
		}
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content));
			return true;
		}
		catch (CharacterCodingException e) {
			return false;
		}
	}

}
