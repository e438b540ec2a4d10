package org.tandem.organization.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.tandem.organization.domain.Document;
import org.tandem.organization.domain.OrganizationService;

/** Sends a document decrypted, as a download that the browser never renders in the page. */
final class DocumentDownloads {

	private DocumentDownloads() {
	}

	static void send(OrganizationService organizations, Document document, HttpServletResponse response)
			throws IOException {
		try (InputStream content = organizations.content(document)) {
			response.setContentType(document.contentType());
			response.setContentLengthLong(document.sizeBytes());
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(document.name(), StandardCharsets.UTF_8)
				.build()
				.toString());
			content.transferTo(response.getOutputStream());
		}
	}

}
