package org.tandem.privacy.files;

import java.util.Locale;

/**
 * File names as declared by whoever uploads are shown to others and offered back as download names, so they are
 * reduced to a last path segment without control or invisible formatting characters (a right-to-left override can
 * make {@code gpj.exe} look like {@code exe.jpg}) and without characters that common file systems refuse.
 */
final class SafeFileNames {

	static final int MAX_LENGTH = 100;

	private SafeFileNames() {
	}

	/** The declared name, cleaned, with no extension added. May be empty. */
	static String clean(String declared) {
		String name = declared.substring(Math.max(declared.lastIndexOf('/'), declared.lastIndexOf('\\')) + 1);
		StringBuilder cleaned = new StringBuilder(name.length());
		name.codePoints().forEach(c -> {
			if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
					|| Character.getType(c) == Character.LINE_SEPARATOR
					|| Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
				return;
			}
			cleaned.appendCodePoint("<>:\"|?*".indexOf(c) >= 0 ? '_' : c);
		});
		return cleaned.toString().strip().replaceAll("^[.\\s]+|[.\\s]+$", "");
	}

	/** The extension of a cleaned name, lower case, or an empty string. */
	static String extension(String cleaned) {
		int dot = cleaned.lastIndexOf('.');
		return dot < 0 ? "" : cleaned.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	/** A cleaned name that has the type's extension and at most {@value #MAX_LENGTH} characters. */
	static String forType(String cleaned, FileType type) {
		String extension = extension(cleaned);
		String base = cleaned.isEmpty() ? "file" : cleaned;
		if (extension.isEmpty()) {
			extension = type.extensions().getFirst();
		}
		else {
			base = cleaned.substring(0, cleaned.length() - extension.length() - 1);
			extension = cleaned.substring(cleaned.length() - extension.length());
		}
		int room = MAX_LENGTH - extension.length() - 1;
		if (base.codePointCount(0, base.length()) > room) {
			base = base.substring(0, base.offsetByCodePoints(0, room)).strip();
		}
		if (base.isEmpty()) {
			base = "file";
		}
		return base + "." + extension;
	}

}
