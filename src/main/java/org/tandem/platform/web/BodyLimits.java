package org.tandem.platform.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How large a request body may be, per family of routes ({@code tandem.limits.*}, docs/security.md): the JSON API,
 * page forms, and multipart uploads (and zips sent to the API) (whose files the privacy module's upload inspector bounds again, per file).
 */
@ConfigurationProperties("tandem.limits")
record BodyLimits(@DefaultValue("64KB") DataSize json, @DefaultValue("256KB") DataSize form,
		@DefaultValue("21MB") DataSize multipart) {

	DataSize of(HttpServletRequest request) {
		String type = request.getContentType();
		if (isApi(request)) {
			// a zip sent to an import route is an upload
			return type != null && type.regionMatches(true, 0, "application/zip", 0, 15) ? multipart : json;
		}
		return type != null && type.regionMatches(true, 0, "multipart/", 0, 10) ? multipart : form;
	}

	static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

}
