package org.tandem.privacy.files;

/**
 * An upload that passed the {@link UploadInspector}: its type as detected from the bytes, the content with its
 * metadata removed, and a file name safe to store and show.
 */
public record CleanUpload(String detectedType, byte[] content, String safeFileName) {

	public CleanUpload {
		content = content.clone();
	}

	@Override
	public byte[] content() {
		return content.clone();
	}

	/** The size of the cleaned content in bytes. */
	public int size() {
		return content.length;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CleanUpload that && detectedType.equals(that.detectedType)
				&& java.util.Arrays.equals(content, that.content) && safeFileName.equals(that.safeFileName);
	}

	@Override
	public int hashCode() {
		return java.util.Objects.hash(detectedType, java.util.Arrays.hashCode(content), safeFileName);
	}

	/** Never shows the content. */
	@Override
	public String toString() {
		return "CleanUpload[" + detectedType + ", " + content.length + " bytes, " + safeFileName + "]";
	}

}
