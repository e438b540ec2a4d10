package org.tandem.evaluation.figures.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.evaluation.figures.ProgramFigures;
import org.tandem.evaluation.figures.ProgramReport;
import org.tandem.platform.Access;
import org.tandem.platform.Navigation;
import org.tandem.platform.NavigationItem;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.PathRules;
import org.tandem.platform.Pdf;
import org.tandem.platform.Role;

/**
 * The program figures for staff, administrators and advisory members: counts only, every one through disclosure
 * control, as charts with their tables and as CSV files of the same cells. Nobody else reaches them.
 */
@Controller
class FiguresController {

	static final Set<Role> READERS = Set.of(Role.STAFF, Role.ADMIN, Role.ADVISORY);

	private final ProgramFigures figures;

	private final MessageSource messages;

	FiguresController(ProgramFigures figures, MessageSource messages) {
		this.figures = figures;
		this.messages = messages;
	}

	@GetMapping("/staff/figures")
	String page(Model model, Locale locale) {
		ProgramReport report = figures.report();
		FigureTexts texts = new FigureTexts(messages, locale);
		model.addAttribute("report", report);
		model.addAttribute("charts", FigureCharts.of(report, texts, Pdf.rightToLeft(locale)));
		model.addAttribute("lastMonth", texts.month(report.lastMonth()));
		return "evaluation/figures";
	}

	@GetMapping("/staff/figures.csv")
	ResponseEntity<byte[]> csv(@RequestParam(defaultValue = "") String figure, Locale locale) {
		FigureCsv which = FigureCsv.named(figure).orElseThrow(NotFoundException::new);
		byte[] body = which.write(figures.report(), new FigureTexts(messages, locale));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("program-" + which.slug() + ".csv").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body);
	}

	@Configuration(proxyBeanMethods = false)
	static class Rules {

		@Bean
		PathRules evaluationFiguresPathRules() {
			return rules -> rules.requestMatchers("/staff/figures", "/staff/figures.csv")
				.access(Access.completeWithAnyRole(READERS.toArray(Role[]::new)));
		}

		@Bean
		Navigation evaluationFiguresNavigation() {
			return () -> List.of(new NavigationItem(41, "evaluation.figures.nav", "/staff/figures", READERS));
		}

	}

}
