package org.tandem.cohort.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tandem.cohort.domain.CohortBoard;
import org.tandem.platform.Csv;

/**
 * The staff's board of a cohort, on a page and as a CSV file: each organization and provider taking part, every step
 * the program asks of it and what is missing. The file is made for the request and not kept; it is not cached.
 */
@Controller
class StaffBoardController {

	private final CohortBoard board;

	private final MessageSource messages;

	StaffBoardController(CohortBoard board, MessageSource messages) {
		this.board = board;
		this.messages = messages;
	}

	@GetMapping("/staff/cohorts/{id}/board")
	String show(@PathVariable UUID id, Model model) {
		model.addAttribute("board", board.of(id));
		return "cohort/staff-board";
	}

	@GetMapping("/staff/cohorts/{id}/board.csv")
	ResponseEntity<byte[]> csv(@PathVariable UUID id, Locale locale) {
		CohortBoard.Board of = board.of(id);
		Csv csv = new Csv();
		csv.row(List.of("cohort.board.csv.side", "cohort.board.csv.id", "cohort.board.csv.name",
				"cohort.board.agreements", "cohort.board.match", "cohort.board.stage", "cohort.board.sessions",
				"cohort.board.onboarding", "cohort.board.rule", "cohort.board.intake", "cohort.board.outtake",
				"cohort.board.exitInterview", "cohort.board.missing")
			.stream()
			.map(key -> text(key, locale))
			.toList());
		for (CohortBoard.Row row : of.organizations()) {
			csv.row(cells(of, row, locale));
		}
		for (CohortBoard.Row row : of.providers()) {
			csv.row(cells(of, row, locale));
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("cohort-" + id + "-board.csv").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(csv.bytes());
	}

	private List<String> cells(CohortBoard.Board of, CohortBoard.Row row, Locale locale) {
		List<String> cells = new ArrayList<>();
		cells.add(text(row.organization() ? "cohort.board.csv.organization" : "cohort.board.csv.provider", locale));
		cells.add(row.id().toString());
		cells.add(row.name());
		cells.add(row.unsigned().isEmpty() ? yes(true, locale)
				: String.join("; ", row.unsigned().stream().map(k -> text(k.messageKey(), locale)).toList()));
		cells.add(String.join("; ", row.partners().stream().map(of::nameOf).toList()));
		cells.add(row.stage() == null ? "" : text(row.stage().messageKey(), locale));
		cells.add(Integer.toString(row.steps().sessions()));
		cells.add(yes(row.steps().onboarding(), locale));
		cells.add(yes(row.steps().ruleMet(), locale));
		cells.add(row.organization() ? yes(row.steps().intake(), locale) : "");
		cells.add(row.organization() ? yes(row.steps().outtake(), locale) : "");
		cells.add(yes(row.steps().exitInterview(), locale));
		cells.add(String.join("; ", row.missing().stream().map(m -> text(m.messageKey(), locale)).toList()));
		return cells;
	}

	private String yes(boolean done, Locale locale) {
		return text(done ? "cohort.board.yes" : "cohort.board.no", locale);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
