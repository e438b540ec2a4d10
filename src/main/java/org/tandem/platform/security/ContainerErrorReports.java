package org.tandem.platform.security;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.util.HtmlUtils;

/**
 * Errors that Tomcat answers itself, before any filter runs (a {@code %2F} or {@code %00} in a path, a malformed
 * request line, a body that breaks the connector's limits): the same security headers as every other response and a
 * short page in the visitor's language, never Tomcat's own report. Errors that reach the application are rendered by
 * its error pages; this valve writes only when nothing was written yet.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrorReports {

	private static final List<String> LANGUAGES = List.of("en", "es", "fr", "pt", "ar");

	private static volatile @Nullable MessageSource messages;

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> containerErrorReportValve(MessageSource source) {
		messages = source;
		return factory -> factory.addContextCustomizers(context -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(Valve.class.getName());
			}
		});
	}

	/** Tomcat makes the valve itself, by its class name. */
	public static class Valve extends ErrorReportValve {

		public Valve() {
			setShowReport(false);
			setShowServerInfo(false);
		}

		@Override
		protected void report(Request request, Response response, @Nullable Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.isError()) {
				return;
			}
			try {
				response.resetBuffer();
			}
			catch (IllegalStateException committed) {
				return;
			}
			EarlyAnswers.apply(response::setHeader, request.isSecure());
			Locale locale = language(request.getHeader("Accept-Language"));
			String title = text("error." + status + ".title", "error.other.title", locale);
			String body = text("error." + status + ".text", "error.other.text", locale);
			try {
				String uri = request.getDecodedRequestURI();
				if (uri != null && uri.startsWith("/api/")) {
					response.setContentType("application/problem+json");
					response.setCharacterEncoding("UTF-8");
					write(response, EarlyAnswers.problem(status, title, body));
				}
				else {
					response.setContentType("text/html");
					response.setCharacterEncoding("UTF-8");
					String dir = locale.getLanguage().equals("ar") ? "rtl" : "ltr";
					write(response, "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\" dir=\"" + dir
							+ "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, "
							+ "initial-scale=1\"><title>" + HtmlUtils.htmlEscape(title) + "</title></head><body><main><h1>"
							+ HtmlUtils.htmlEscape(title) + "</h1><p>" + HtmlUtils.htmlEscape(body)
							+ "</p><p><a href=\"/\">" + HtmlUtils.htmlEscape(text("error.home", "error.home", locale))
							+ "</a></p></main></body></html>");
				}
			}
			catch (IOException | IllegalStateException gone) {
				// the client went away: nothing to report to
			}
		}

		private static void write(Response response, String text) throws IOException {
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(text);
				response.finishResponse();
			}
		}

		private static Locale language(@Nullable String acceptLanguage) {
			if (acceptLanguage != null) {
				try {
					for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
						String code = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
						if (LANGUAGES.contains(code)) {
							return Locale.forLanguageTag(code);
						}
					}
				}
				catch (IllegalArgumentException malformed) {
					// fall back to English
				}
			}
			return Locale.ENGLISH;
		}

		private static String text(String key, String fallbackKey, Locale locale) {
			MessageSource source = messages;
			if (source == null) {
				return "Error";
			}
			String fallback = source.getMessage(fallbackKey, null, "Error", locale);
			return source.getMessage(key, null, fallback == null ? "Error" : fallback, locale);
		}

	}

}
