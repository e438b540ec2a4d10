package org.tandem.engagement.export;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A piece of a section in the PDF, already in the reader's language. Texts people wrote are marked {@code typed}: the
 * PDF sets their direction from their own first strong letter ({@code dir="auto"}), so Latin text reads left to right
 * in an Arabic export and Arabic right to left in an English one.
 */
public sealed interface ExportBlock {

	/** The name the template switches on. */
	String kind();

	/**
	 * The direction of a text people wrote, from its first strong letter ("rtl", "ltr"), or null to follow the page;
	 * set on each such text in the PDF so that a Latin phrase reads left to right in an Arabic export and back.
	 */
	static @Nullable String direction(String text, boolean typed) {
		if (!typed) {
			return null;
		}
		return switch (com.ibm.icu.text.Bidi.getBaseDirection(text)) {
			case com.ibm.icu.text.Bidi.RTL -> "rtl";
			case com.ibm.icu.text.Bidi.LTR -> "ltr";
			default -> null;
		};
	}

	/** The text without the characters XML cannot hold (control characters), which the PDF's XHTML would refuse. */
	static String clean(String text) {
		StringBuilder kept = new StringBuilder(text.length());
		text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
				|| (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000).forEach(kept::appendCodePoint);
		return kept.toString();
	}

	/** A heading inside a section. */
	record Subheading(String text) implements ExportBlock {

		public Subheading {
			text = clean(text);
		}

		@Override
		public String kind() {
			return "subheading";
		}

	}

	/** A paragraph; line breaks are kept. */
	record Paragraph(String text, boolean typed) implements ExportBlock {

		public Paragraph {
			text = clean(text);
		}

		public @Nullable String dir() {
			return direction(text, typed);
		}

		@Override
		public String kind() {
			return "paragraph";
		}

	}

	/** Labelled values: "Phase: Discover". */
	record Facts(List<Fact> facts) implements ExportBlock {

		public Facts {
			facts = List.copyOf(facts);
		}

		@Override
		public String kind() {
			return "facts";
		}

	}

	record Fact(String label, String value, boolean typed) {

		public Fact {
			label = clean(label);
			value = clean(value);
		}

		public @Nullable String dir() {
			return direction(value, typed);
		}

	}

	/** One cell of a table, with its direction when people wrote it. */
	record Cell(String text, @Nullable String dir) {
	}

	/** A table with a header row; {@code typed} says, per column, whether its cells are what people wrote. */
	record Table(List<String> headers, List<Boolean> typed, List<List<String>> rows) implements ExportBlock {

		public Table {
			headers = List.copyOf(headers);
			typed = List.copyOf(typed);
			rows = rows.stream().map(row -> row.stream().map(ExportBlock::clean).toList()).toList();
		}

		/** The rows' cells with their directions, for the template. */
		public List<List<Cell>> cells() {
			return rows.stream()
				.map(row -> java.util.stream.IntStream.range(0, row.size())
					.mapToObj(i -> new Cell(row.get(i), direction(row.get(i), i < typed.size() && typed.get(i))))
					.toList())
				.toList();
		}

		@Override
		public String kind() {
			return "table";
		}

	}

}
