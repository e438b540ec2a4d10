package org.tandem.platform.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How large a request body may be, per family of routes ({@code tandem.limits.*}, docs/security.md): the JSON API,
 * page forms, and multipart uploads (whose files the privacy module's upload inspector bounds again, per file); a zip
 * sent to the API's one import route counts as an upload.
 */
@ConfigurationProperties("tandem.limits")
record BodyLimits(@DefaultValue("64KB") DataSize json, @DefaultValue("256KB") DataSize form,
		@DefaultValue("21MB") DataSize multipart) {

	/** The one API route that takes a zip. */
	static final String IMPORT = "/api/v1/catalog/imports";

	DataSize of(HttpServletRequest request) {
		String type = request.getContentType();
		if (isApi(request)) {
			// a zip sent to the catalog's import route is an upload; any other API body is JSON
			return (request.getContextPath() + IMPORT).equals(request.getRequestURI()) && type != null
					&& type.regionMatches(true, 0, "application/zip", 0, 15) ? multipart : json;
		}
		return type != null && type.regionMatches(true, 0, "multipart/", 0, 10) ? multipart : form;
	}

	static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

}
