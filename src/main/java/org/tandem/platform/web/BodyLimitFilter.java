package org.tandem.platform.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;
import org.tandem.platform.security.EarlyAnswers;

/**
 * Bounds every request body before anything reads it: JSON for the API (64 KB by default), forms (256 KB, as the
 * connector's form limit) and multipart uploads (the upload limit), each settable ({@code tandem.limits.*}). A body
 * that says it is larger is refused at once with 413; one that does not say (chunked) is cut off where it passes the
 * limit, and whoever reads it gets a {@link BodyTooLargeException}. A page form that is too large comes back as the
 * same page, with 413 and a notice of the limit, when the path has a page to show; otherwise the 413 error page. A
 * form that is not text in its encoding (invalid UTF-8) comes back the same way, with 400.
 */
@Component
// After the session filter (Integer.MIN_VALUE + 50), so that a form sent back as its page keeps the session; before
// the security filters and everything else that reads a body.
@Order(Ordered.HIGHEST_PRECEDENCE + 60)
class BodyLimitFilter extends OncePerRequestFilter {

	/** The request attribute a page reads to say what was too large: the limit, in kilobytes. */
	static final String TOO_LARGE = "bodyTooLarge";

	/** The request attribute a page reads to say that a form could not be read as text. */
	static final String UNREADABLE = "bodyUnreadable";

	private final BodyLimits limits;

	private final ObjectProvider<HandlerMapping> pages;

	private final MessageSource messages;

	BodyLimitFilter(BodyLimits limits, @Qualifier("requestMappingHandlerMapping") ObjectProvider<HandlerMapping> pages,
			MessageSource messages) {
		this.limits = limits;
		this.messages = messages;
		this.pages = pages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		DataSize limit = limits.of(request);
		long length = request.getContentLengthLong();
		if (length > limit.toBytes()) {
			refuse(request, response, limit);
			return;
		}
		try {
			chain.doFilter(length < 0 ? new Bounded(request, limit.toBytes()) : request, response);
		}
		catch (ServletException | RuntimeException failure) {
			// A form Tomcat would not parse when a parameter was first read: past the connector's limit (a chunked
			// body), or not text in the request's encoding.
			InvalidParameterException invalid = cause(failure);
			if (invalid == null || response.isCommitted()) {
				throw failure;
			}
			response.reset();
			if (invalid.getErrorCode() == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE) {
				// a body without a stated length (no browser sends a form so): the error page, with the limit
				request.setAttribute(TOO_LARGE, limit.toKilobytes());
				response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			}
			else {
				request.setAttribute(UNREADABLE, true);
				answer(request, response, HttpServletResponse.SC_BAD_REQUEST);
			}
		}
	}

	private static @Nullable InvalidParameterException cause(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof InvalidParameterException invalid) {
				return invalid;
			}
		}
		return null;
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, DataSize limit)
			throws ServletException, IOException {
		request.setAttribute(TOO_LARGE, limit.toKilobytes());
		answer(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
	}

	/** The page the form was sent from, with the status and a notice; the error page when there is none. */
	private void answer(HttpServletRequest request, HttpServletResponse response, int status)
			throws ServletException, IOException {
		Map<String, String[]> query = queryParameters(request.getQueryString());
		HttpServletRequest asPage = new HttpServletRequestWrapper(request) {
			@Override
			public String getMethod() {
				return "GET";
			}

			// Only the query string: the body is never parsed.
			@Override
			public String getParameter(String name) {
				String[] values = query.get(name);
				return values == null ? null : values[0];
			}

			@Override
			public Map<String, String[]> getParameterMap() {
				return query;
			}

			@Override
			public Enumeration<String> getParameterNames() {
				return Collections.enumeration(query.keySet());
			}

			@Override
			public String[] getParameterValues(String name) {
				return query.get(name);
			}

			@Override
			public int getContentLength() {
				return 0;
			}

			@Override
			public long getContentLengthLong() {
				return 0;
			}

			@Override
			public String getContentType() {
				return null;
			}
		};
		if (!BodyLimits.isApi(request) && hasPage(asPage)) {
			response.setStatus(status);
			request.getRequestDispatcher(request.getServletPath()).forward(asPage, response);
			return;
		}
		if (BodyLimits.isApi(request)) {
			// The JSON API's own answer, written here: nothing behind this filter has run.
			EarlyAnswers.apply(response::setHeader, request.isSecure());
			response.setStatus(status);
			response.setContentType("application/problem+json");
			response.setCharacterEncoding("UTF-8");
			Locale locale = request.getLocale();
			String detail = status == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE
					? messages.getMessage("api.tooLarge", new Object[] { limits.json().toKilobytes() }, locale)
					: messages.getMessage("api.unreadable", null, locale);
			response.getWriter().write(EarlyAnswers.problem(status, null, detail));
			return;
		}
		response.sendError(status);
	}

	private static Map<String, String[]> queryParameters(@Nullable String queryString) {
		if (queryString == null || queryString.isEmpty()) {
			return Map.of();
		}
		try {
			MultiValueMap<String, String> decoded = UriComponentsBuilder.newInstance().query(queryString).build()
				.getQueryParams();
			Map<String, String[]> parameters = new LinkedHashMap<>();
			decoded.forEach((name, values) -> parameters.put(decode(name), values.stream()
				.map(v -> v == null ? "" : decode(v)).toArray(String[]::new)));
			return Collections.unmodifiableMap(parameters);
		}
		catch (IllegalArgumentException malformed) {
			return Map.of();
		}
	}

	private static String decode(String value) {
		return URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

	private boolean hasPage(HttpServletRequest get) {
		HandlerMapping mapping = pages.getIfAvailable();
		try {
			return mapping != null && mapping.getHandler(get) != null;
		}
		catch (Exception noPage) {
			return false;
		}
	}

	/** A body of unknown length that ends in {@link BodyTooLargeException} once it passes the limit. */
	private static final class Bounded extends HttpServletRequestWrapper {

		private final long limit;

		private @Nullable ServletInputStream stream;

		Bounded(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				ServletInputStream in = super.getInputStream();
				stream = new ServletInputStream() {
					private long read;

					@Override
					public int read() throws IOException {
						int b = in.read();
						count(b < 0 ? 0 : 1);
						return b;
					}

					@Override
					public int read(byte[] buffer, int offset, int length) throws IOException {
						int n = in.read(buffer, offset, length);
						count(Math.max(n, 0));
						return n;
					}

					private void count(int n) throws BodyTooLargeException {
						read += n;
						if (read > limit) {
							throw new BodyTooLargeException(limit);
						}
					}

					@Override
					public boolean isFinished() {
						return in.isFinished();
					}

					@Override
					public boolean isReady() {
						return in.isReady();
					}

					@Override
					public void setReadListener(ReadListener listener) {
						in.setReadListener(listener);
					}
				};
			}
			return stream;
		}

		@Override
		public java.io.BufferedReader getReader() throws IOException {
			String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
			return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
					java.nio.charset.Charset.forName(encoding.toUpperCase(Locale.ROOT))));
		}

	}

}
