package org.tandem.privacy.files;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An upload was refused. It carries a message key and its arguments rather than a sentence, because the person who
 * uploaded reads the reason in their own language; the web layer translates it.
 */
public class UploadRejectedException extends RuntimeException {

	/** Larger than the limit; argument: the limit in megabytes. */
	public static final String TOO_LARGE = "files.rejected.too-large";

	/** An image whose width times height exceeds what is decoded; argument: the limit in megapixels. */
	public static final String IMAGE_TOO_LARGE = "files.rejected.image-too-large";

	/** No bytes at all. */
	public static final String EMPTY = "files.rejected.empty";

	/** A type that is not recognized or not allowed; argument: the detected type, or an empty string. */
	public static final String TYPE = "files.rejected.type";

	/** The file name's extension does not match the content; arguments: the extension, the detected type. */
	public static final String MISMATCH = "files.rejected.mismatch";

	/** Recognized but damaged, encrypted or otherwise impossible to clean; argument: the detected type. */
	public static final String UNREADABLE = "files.rejected.unreadable";

	private final String messageKey;

	private final List<Object> arguments;

	public UploadRejectedException(String messageKey, Object... arguments) {
		this(messageKey, null, arguments);
	}

	public UploadRejectedException(String messageKey, @Nullable Throwable cause,
			Object... arguments) {
		super("Upload rejected: " + messageKey, cause);
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
	}

	/** The key of the message that explains the refusal, for example {@value #TOO_LARGE}. */
	public String messageKey() {
		return messageKey;
	}

	/** The arguments of the message, in order. */
	public Object[] arguments() {
		return arguments.toArray();
	}

}
