package org.tandem.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The CSV files staff download: quoted as RFC 4180 says, readable in any script, and never a formula. */
class CsvTests {

	@Test
	void quotesEveryCellAndDoublesQuotesAndEndsRowsWithCrLf() {
		byte[] bytes = new Csv().row(List.of("Radio \"Libre\"", "a,b", "línea\nnueva")).row(List.of("", "x")).bytes();
		assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		assertThat(text).isEqualTo("\"Radio \"\"Libre\"\"\",\"a,b\",\"línea\nnueva\"\r\n\"\",\"x\"\r\n");
	}

	@Test
	void aCellThatASpreadsheetWouldRunIsMadeText() {
		for (String formula : List.of("=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx")) {
			assertThat(Csv.cell(formula)).as(formula).isEqualTo("'" + formula);
		}
		assertThat(Csv.cell("منظمة")).isEqualTo("منظمة");
		assertThat(Csv.cell("1-2")).isEqualTo("1-2");
	}

}
