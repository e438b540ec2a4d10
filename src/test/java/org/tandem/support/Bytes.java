package org.tandem.support;

/** Looking for bytes in bytes, for tests that read what Tandem wrote to disk. */
public final class Bytes {

	private Bytes() {
	}

	/** Where the needle first stands in the haystack, or -1. */
	public static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i + needle.length <= haystack.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
