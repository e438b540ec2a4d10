package org.tandem.platform;

/**
 * What Tandem keeps of text a person typed: without control characters (NUL and the rest of C0 but tab, line feed
 * and carriage return; DEL; C1) and without the bidirectional embedding, override and isolate controls, which can
 * make text shown to staff read other than it is. Marks that only set direction (LRM, RLM, ALM) stay. Applied once,
 * when a request is bound (see {@code platform.web.TextInputBinding}).
 */
public final class TextInput {

	private TextInput() {
	}

	public static String clean(String text) {
		int length = text.length();
		int i = 0;
		while (i < length && !dropped(text.charAt(i))) {
			i++;
		}
		if (i == length) {
			return text;
		}
		StringBuilder kept = new StringBuilder(length).append(text, 0, i);
		for (; i < length; i++) {
			char c = text.charAt(i);
			if (!dropped(c)) {
				kept.append(c);
			}
		}
		return kept.toString();
	}

	static boolean dropped(char c) {
		if (c < 0x20) {
			return c != '\t' && c != '\n' && c != '\r';
		}
		return (c >= 0x7F && c <= 0x9F) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
	}

}
