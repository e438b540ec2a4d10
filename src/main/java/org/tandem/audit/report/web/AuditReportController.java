package org.tandem.audit.report.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.audit.report.AuditReport;
import org.tandem.audit.report.AuditReports;
import org.tandem.audit.report.ReportKind;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.TandemPrincipal;

import jakarta.servlet.http.HttpServletResponse;

/**
 * An audit's reports for those who see the audit: the list of issued versions (with "issue the summary" and "issue the
 * full report" for the auditor's side), one version in Tandem's layout, and its PDF and printable HTML downloads, never
 * cached. Every handler goes through {@link AuditReports} with the signed-in account, which answers "not found" to
 * anyone who may not see the audit, and to a report of another audit than the path's.
 */
@Controller
class AuditReportController {

	private final AuditReports reports;

	AuditReportController(AuditReports reports) {
		this.reports = reports;
	}

	@GetMapping("/audits/{id}/reports")
	String list(TandemPrincipal principal, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String before, Model model) {
		return listPage(model, principal, id, before, null);
	}

	@PostMapping("/audits/{id}/reports")
	String issue(TandemPrincipal principal, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String kind, Model model, HttpServletResponse response) {
		String error;
		try {
			AuditReport issued = reports.issue(id, principal.accountId(), kind(kind));
			return "redirect:/audits/" + id + "/reports/" + issued.id() + "?issued";
		}
		catch (InvalidInput invalid) {
			error = invalid.messageKey();
		}
		catch (OptimisticLockingFailureException | DataIntegrityViolationException concurrent) {
			error = "audit.report.busy";
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return listPage(model, principal, id, null, error);
	}

	@GetMapping("/audits/{id}/reports/{reportId}")
	String show(TandemPrincipal principal, @PathVariable UUID id, @PathVariable UUID reportId, Model model) {
		AuditReport report = reports.get(id, principal.accountId(), reportId);
		model.addAttribute("report", report);
		model.addAttribute("auditId", id);
		return "audit/report";
	}

	@GetMapping("/audits/{id}/reports/{reportId}.pdf")
	void pdf(TandemPrincipal principal, @PathVariable UUID id, @PathVariable UUID reportId,
			HttpServletResponse response) throws IOException {
		AuditReport report = reports.get(id, principal.accountId(), reportId);
		byte[] pdf = reports.pdf(id, principal.accountId(), reportId);
		download(response, "application/pdf", report.kind().fileName(report.number()) + ".pdf", pdf);
	}

	@GetMapping("/audits/{id}/reports/{reportId}.html")
	void html(TandemPrincipal principal, @PathVariable UUID id, @PathVariable UUID reportId,
			HttpServletResponse response) throws IOException {
		AuditReport report = reports.get(id, principal.accountId(), reportId);
		byte[] html = reports.document(id, principal.accountId(), reportId).getBytes(StandardCharsets.UTF_8);
		download(response, "text/html;charset=UTF-8", report.kind().fileName(report.number()) + ".html", html);
	}

	private String listPage(Model model, TandemPrincipal principal, UUID id, @Nullable String before,
			@Nullable String error) {
		AuditReports.Listing listing = reports.list(id, principal.accountId(), before);
		model.addAttribute("listing", listing);
		model.addAttribute("auditId", id);
		model.addAttribute("kinds", ReportKind.values());
		model.addAttribute("issueError", error);
		return "audit/reports";
	}

	private static ReportKind kind(@Nullable String kind) {
		if (kind != null) {
			for (ReportKind k : ReportKind.values()) {
				if (k.name().equals(kind.strip().toUpperCase(Locale.ROOT))) {
					return k;
				}
			}
		}
		throw new InvalidInput("kind", "audit.report.kind.invalid");
	}

	/** Names made by Tandem (kind and number): nothing typed, nothing to escape. */
	private static void download(HttpServletResponse response, String type, String name, byte[] content)
			throws IOException {
		response.setContentType(type);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setContentLength(content.length);
		response.getOutputStream().write(content);
	}

}
