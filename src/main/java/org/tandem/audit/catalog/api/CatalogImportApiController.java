package org.tandem.audit.catalog.api;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.account.Accounts;
import org.tandem.audit.catalog.CatalogImport;
import org.tandem.audit.catalog.ImportProblem;
import org.tandem.audit.catalog.ImportReport;
import org.tandem.platform.Access;
import org.tandem.platform.ApiPathRules;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.Role;
import org.tandem.platform.NotFoundException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Administrators import catalog content in SAFETAG's format as a zip, the same as on their page: a dry run says what
 * would be added, changed, left unchanged, retired or skipped and why; an import writes all of it or nothing. Scope
 * {@code catalog:write}.
 */
@RestController
@RequestMapping(path = "/api/v1/catalog", produces = "application/json")
@Tag(name = "Audit catalog")
@SecurityRequirement(name = "accessToken")
class CatalogImportApiController {

	private final CatalogImport imports;

	private final MessageSource messages;

	private final Accounts accounts;

	CatalogImportApiController(CatalogImport imports, MessageSource messages, Accounts accounts) {
		this.imports = imports;
		this.messages = messages;
		this.accounts = accounts;
	}

	@PostMapping(path = "/imports", consumes = "application/zip")
	@Operation(summary = "Import a catalog from a zip in SAFETAG's format, or try it (dry run)",
			description = "Needs the scope catalog:write (administrators). The body is the zip (at most 20 MB; at most "
					+ "2,000 entries, each at most 1 MB and 20 MB in all once uncompressed; no entry outside its folder). "
					+ "The catalog's name is a short slug (a-z, 0-9, -). 200 with the report for a dry run and for an "
					+ "import made; 422 with the report when the import was refused (nothing written); 400 for a bad name.")
	ResponseEntity<CatalogImportResponse> importZip(java.security.Principal caller,
			@Parameter(description = "the catalog's name, e.g. safetag") @RequestParam String catalog,
			@Parameter(description = "true: report only, write nothing") @RequestParam(defaultValue = "false") boolean dryRun,
			@RequestBody byte[] zip, Locale locale) {
		UUID account = accounts.findByUsername(caller.getName()).orElseThrow(NotFoundException::new).id();
		ImportReport report = imports.zip(catalog, zip, dryRun, account);
		HttpStatus status = dryRun || report.imported() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT;
		return ResponseEntity.status(status).body(response(report, locale));
	}

	private CatalogImportResponse response(ImportReport report, Locale locale) {
		return new CatalogImportResponse(report.catalog(), report.dryRun(), report.imported(), report.version(),
				report.added(), report.changed(), report.unchanged(), report.retired(), report.skipped(),
				report.items()
					.stream()
					.map(i -> new CatalogImportItem(i.kind().name().toLowerCase(Locale.ROOT), i.slug(),
							i.outcome().name().toLowerCase(Locale.ROOT), i.fields(),
							i.reasons().stream().map(p -> problem(p, locale)).toList()))
					.toList(),
				report.problems().stream().map(p -> problem(p, locale)).toList());
	}

	private CatalogImportProblem problem(ImportProblem p, Locale locale) {
		return new CatalogImportProblem(p.file(), p.line(), p.code(), p.detail(), p.error(),
				messages.getMessage(p.messageKey(), new Object[] { p.detail() }, p.code(), locale));
	}

	@ExceptionHandler(InvalidInput.class)
	ProblemDetail invalid(InvalidInput invalid, Locale locale) {
		return invalid.problem(messages, locale);
	}

	/** @param version the catalog's version the import made, or would make */
	record CatalogImportResponse(String catalog, boolean dryRun, boolean imported, int version, long added, long changed,
			long unchanged, long retired, long skipped, List<CatalogImportItem> items, List<CatalogImportProblem> problems) {
	}

	/** @param outcome added, changed, unchanged, retired or skipped; @param fields the fields changed */
	record CatalogImportItem(String kind, String slug, String outcome, List<String> fields, List<CatalogImportProblem> reasons) {
	}

	/** @param error true: refuses the import; false: a warning (reported, the rest imported) */
	record CatalogImportProblem(String file, @Nullable Integer line, String code, String detail, boolean error,
			String message) {
	}

	@Configuration(proxyBeanMethods = false)
	static class Rules {

		@Bean
		ApiPathRules catalogApiRules() {
			return rules -> rules.requestMatchers(HttpMethod.POST, "/api/v1/catalog/imports")
				.access(Access.scopeAndRole("catalog:write", Role.ADMIN));
		}

	}

}
