package org.tandem.platform;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Comma-separated values as spreadsheets read them (RFC 4180): every cell quoted, quotes doubled, rows ended with
 * CRLF, UTF-8 with a byte-order mark so that spreadsheet programs read non-Latin text right. A cell that a spreadsheet
 * would take for a formula (starting with {@code = + - @}, a tab or a carriage return) is prefixed with an apostrophe,
 * so that a name typed by someone cannot run as a formula on the reader's machine.
 */
public final class Csv {

	private static final byte[] BYTE_ORDER_MARK = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private final StringBuilder text = new StringBuilder();

	/** Adds one row. */
	public Csv row(List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				text.append(',');
			}
			text.append('"').append(cell(cells.get(i)).replace("\"", "\"\"")).append('"');
		}
		text.append("\r\n");
		return this;
	}

	/** The file's bytes: a UTF-8 byte-order mark, then the rows. */
	public byte[] bytes() {
		byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
		byte[] all = new byte[BYTE_ORDER_MARK.length + body.length];
		System.arraycopy(BYTE_ORDER_MARK, 0, all, 0, BYTE_ORDER_MARK.length);
		System.arraycopy(body, 0, all, BYTE_ORDER_MARK.length, body.length);
		return all;
	}

	static String cell(String value) {
		if (value.isEmpty()) {
			return value;
		}
		char first = value.charAt(0);
		if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
			return "'" + value;
		}
		return value;
	}

}
