package org.tandem.engagement.web;

import java.io.IOException;
import java.util.Locale;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tandem.engagement.export.EngagementExports;
import org.tandem.platform.TandemPrincipal;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The engagement's downloads, for the participants who speak for the organization: a PDF to read, in the reader's
 * language, and the JSON file. Nobody else finds them (the service answers "not found" to anyone who does not take
 * part, and refuses the provider's and the hub's participants). Not kept in any cache.
 */
@Controller
class EngagementExportController {

	private final EngagementExports exports;

	EngagementExportController(EngagementExports exports) {
		this.exports = exports;
	}

	@GetMapping("/engagements/{id}/export.pdf")
	void pdf(TandemPrincipal principal, @PathVariable UUID id, Locale locale, HttpServletResponse response)
			throws IOException {
		byte[] pdf = exports.pdf(id, principal.accountId(), locale);
		headers(response, "application/pdf", "tandem-engagement.pdf");
		response.setContentLength(pdf.length);
		response.getOutputStream().write(pdf);
	}

	@GetMapping("/engagements/{id}/export.json")
	void json(TandemPrincipal principal, @PathVariable UUID id, HttpServletResponse response) throws IOException {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		exports.json(id, principal.accountId(), out); // refused before anything is written to the response
		headers(response, "application/json", "tandem-engagement.json");
		response.setContentLength(out.size());
		out.writeTo(response.getOutputStream());
	}

	private static void headers(HttpServletResponse response, String type, String name) {
		response.setContentType(type);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
			.toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
	}

}
