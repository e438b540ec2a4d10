package org.tandem.platform.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How large a request body may be, per family of routes ({@code tandem.limits.*}, docs/security.md): the JSON API,
 * page forms, and multipart uploads (whose files the privacy module's upload inspector bounds again, per file).
 */
@ConfigurationProperties("tandem.limits")
record BodyLimits(@DefaultValue("64KB") DataSize json, @DefaultValue("256KB") DataSize form,
		@DefaultValue("21MB") DataSize multipart) {

	DataSize of(HttpServletRequest request) {
		if (isApi(request)) {
			return json;
		}
		String type = request.getContentType();
		return type != null && type.regionMatches(true, 0, "multipart/", 0, 10) ? multipart : form;
	}

	static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

}
