package org.tandem.matching.engine;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/** Codes of one kind seen in a pool, numbered so that sets of them become bit masks. */
final class Vocabulary {

	private final Map<String, Integer> index = new HashMap<>();

	private final String[] codes;

	private final int words;

	Vocabulary(Collection<String> all) {
		TreeSet<String> sorted = new TreeSet<>(all);
		this.codes = sorted.toArray(String[]::new);
		for (int i = 0; i < codes.length; i++) {
			index.put(codes[i], i);
		}
		this.words = Math.max(1, (codes.length + 63) / 64);
	}

	/** The code's number, or -1 if no provider in the pool has it. */
	int indexOf(String code) {
		Integer i = index.get(code);
		return i == null ? -1 : i;
	}

	String code(int i) {
		return codes[i];
	}

	int size() {
		return codes.length;
	}

	long[] mask(Collection<String> values) {
		long[] mask = new long[words];
		for (String v : values) {
			int i = indexOf(v);
			if (i >= 0) {
				mask[i >>> 6] |= 1L << i;
			}
		}
		return mask;
	}

	static boolean intersects(long[] a, long[] b) {
		for (int i = 0; i < a.length; i++) {
			if ((a[i] & b[i]) != 0) {
				return true;
			}
		}
		return false;
	}

	static int common(long[] a, long[] b) {
		int n = 0;
		for (int i = 0; i < a.length; i++) {
			n += Long.bitCount(a[i] & b[i]);
		}
		return n;
	}

	static boolean has(long[] mask, int i) {
		return i >= 0 && (mask[i >>> 6] & (1L << i)) != 0;
	}

}
