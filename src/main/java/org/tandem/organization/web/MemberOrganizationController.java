package org.tandem.organization.web;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.organization.domain.Organization;
import org.tandem.organization.domain.OrganizationCounting;
import org.tandem.organization.domain.OrganizationService;
import org.tandem.platform.TandemPrincipal;
import org.tandem.privacy.PurgeReceipt;

/**
 * A member's view of their organization, whether its results may be counted anonymously, the download of
 * everything, and the request to destroy everything.
 */
@Controller
class MemberOrganizationController {

	private final OrganizationService organizations;

	private final OrganizationCounting counting;

	MemberOrganizationController(OrganizationService organizations, OrganizationCounting counting) {
		this.organizations = organizations;
		this.counting = counting;
	}

	@GetMapping("/organization")
	String mine(TandemPrincipal principal, Model model) {
		List<Organization> mine = organizations.of(principal.accountId());
		if (mine.size() == 1) {
			return "redirect:/organization/" + mine.getFirst().id();
		}
		model.addAttribute("organizations", mine);
		return "organization/mine";
	}

	@GetMapping("/organization/{id}")
	String show(TandemPrincipal principal, @PathVariable UUID id, Model model) {
		return view(principal, id, model);
	}

	private String view(TandemPrincipal principal, UUID id, Model model) {
		Organization organization = organizations.forMember(id, principal.accountId());
		model.addAttribute("organization", organization);
		model.addAttribute("members", organizations.members(organization));
		model.addAttribute("documents", organizations.documents(id));
		model.addAttribute("counted", counting.counted(id));
		return "organization/member-view";
	}

	/** Whether the organization's results may be counted anonymously (an unticked box posts nothing: not counted). */
	@PostMapping("/organization/{id}/counting")
	String counting(TandemPrincipal principal, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String counted, Model model) {
		if (counted != null && !counted.equals("true")) {
			model.addAttribute("countingInvalid", true);
			return view(principal, id, model);
		}
		counting.setCountedByMember(id, principal.accountId(), counted != null);
		return "redirect:/organization/" + id + "?counting#counting";
	}

	@GetMapping("/organization/{id}/documents/{documentId}")
	void downloadDocument(TandemPrincipal principal, @PathVariable UUID id, @PathVariable UUID documentId,
			HttpServletResponse response) throws IOException {
		organizations.forMember(id, principal.accountId());
		DocumentDownloads.send(organizations, organizations.document(id, documentId), response);
	}

	@GetMapping("/organization/{id}/export")
	void export(TandemPrincipal principal, @PathVariable UUID id, HttpServletResponse response) throws IOException {
		organizations.forMember(id, principal.accountId());
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("tandem-organization-export.zip").build().toString());
		organizations.export(id, principal.accountId(), response.getOutputStream());
	}

	@GetMapping("/organization/{id}/destroy")
	String confirmDestroy(TandemPrincipal principal, @PathVariable UUID id, Model model) {
		model.addAttribute("organization", organizations.forMember(id, principal.accountId()));
		return "organization/destroy";
	}

	@PostMapping("/organization/{id}/destroy")
	String destroy(TandemPrincipal principal, @PathVariable UUID id,
			@RequestParam(defaultValue = "false") boolean confirm, Model model) {
		Organization organization = organizations.forMember(id, principal.accountId());
		if (!confirm) {
			model.addAttribute("organization", organization);
			model.addAttribute("confirmMissing", true);
			return "organization/destroy";
		}
		PurgeReceipt receipt = organizations.destroyAsMember(id, principal.accountId());
		return "redirect:/privacy/receipts/" + receipt.code();
	}

}
