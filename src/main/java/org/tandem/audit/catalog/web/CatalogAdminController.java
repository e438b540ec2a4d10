package org.tandem.audit.catalog.web;

import java.io.IOException;
import java.io.InputStream;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.tandem.audit.catalog.CatalogImport;
import org.tandem.audit.catalog.CatalogStore;
import org.tandem.audit.catalog.ImportReport;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.TandemPrincipal;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Administrators' page of the catalogs: each with its imports and counts, and the form that uploads a zip in SAFETAG's
 * format (held in memory only, never written to disk) as a dry run or an import. The report comes back on the same
 * page; to import after a dry run the zip is sent again, as nothing of it is kept.
 */
@Controller
class CatalogAdminController {

	private final CatalogStore store;

	private final CatalogImport imports;

	CatalogAdminController(CatalogStore store, CatalogImport imports) {
		this.store = store;
		this.imports = imports;
	}

	@GetMapping("/admin/catalog")
	String page(Model model) {
		return page("", true, null, null, model);
	}

	@PostMapping("/admin/catalog/imports")
	String upload(TandemPrincipal principal, @RequestParam(defaultValue = "") String catalog,
			@RequestParam(defaultValue = "false") boolean dryRun,
			@RequestParam(required = false) @Nullable MultipartFile file, Model model, HttpServletResponse response)
			throws IOException {
		String name = catalog.strip();
		if (name.length() > 40) {
			name = name.substring(0, 40);
		}
		if (file == null || file.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(name, dryRun, null, new InvalidInput("file", "audit.catalog.admin.fileMissing"), model);
		}
		if (file.getSize() > CatalogImport.MAX_UPLOAD) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(name, dryRun, null, new InvalidInput("file", "audit.catalog.admin.fileTooLarge"), model);
		}
		try (InputStream in = file.getInputStream()) {
			ImportReport report = imports.zip(name, in.readNBytes(CatalogImport.MAX_UPLOAD + 1), dryRun,
					principal.accountId());
			if (report.hasErrors()) {
				response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			}
			return page(name, dryRun, report, null, model);
		}
		catch (InvalidInput invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(name, dryRun, null, invalid, model);
		}
	}

	private String page(String name, boolean dryRun, @Nullable ImportReport report, @Nullable InvalidInput invalid,
			Model model) {
		model.addAttribute("catalogs", store.catalogs());
		model.addAttribute("name", name);
		model.addAttribute("dryRun", dryRun);
		model.addAttribute("report", report);
		model.addAttribute("errorField", invalid == null ? null : invalid.field());
		model.addAttribute("errorKey", invalid == null ? null : invalid.messageKey());
		model.addAttribute("maxMegabytes", CatalogImport.MAX_UPLOAD / (1024 * 1024));
		return "audit/catalog/admin";
	}

}
