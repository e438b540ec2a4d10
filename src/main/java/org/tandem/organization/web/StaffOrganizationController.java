package org.tandem.organization.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.tandem.organization.domain.Organization;
import org.tandem.organization.OrganizationKind;
import org.tandem.organization.domain.OrganizationService;
import org.tandem.organization.SizeBand;
import org.tandem.platform.InvalidInput;
import org.tandem.privacy.PurgeReceipt;
import org.tandem.privacy.files.UploadRejectedException;

/** Hub staff keep the organizations they serve: profile, members, and destruction on request. */
@Controller
class StaffOrganizationController {

	private final OrganizationService organizations;

	StaffOrganizationController(OrganizationService organizations) {
		this.organizations = organizations;
	}

	@GetMapping("/staff/organizations")
	String list(@RequestParam(defaultValue = "") String after, Model model) {
		OrganizationService.Page page = organizations.page(after);
		model.addAttribute("organizations", page.organizations());
		model.addAttribute("listing", page);
		return "organization/staff-list";
	}

	@GetMapping("/staff/organizations/new")
	String newForm(Model model) {
		return form(model, new OrganizationForm(), null);
	}

	@PostMapping("/staff/organizations")
	String create(@Valid @ModelAttribute("form") OrganizationForm form, BindingResult binding, Model model) {
		form.check(binding);
		if (binding.hasErrors()) {
			return form(model, form, null);
		}
		Organization organization = organizations.create(form.profile());
		return "redirect:/staff/organizations/" + organization.id() + "?created";
	}

	@GetMapping("/staff/organizations/{id}")
	String show(@PathVariable UUID id, Model model) {
		Organization organization = organizations.get(id);
		return detail(model, organization, OrganizationForm.of(organization.profile()), new MemberForm());
	}

	@PostMapping("/staff/organizations/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("form") OrganizationForm form, BindingResult binding,
			Model model) {
		Organization organization = organizations.get(id);
		form.check(binding);
		if (binding.hasErrors()) {
			return detail(model, organization, form, new MemberForm());
		}
		organizations.update(id, form.profile());
		return "redirect:/staff/organizations/" + id + "?saved";
	}

	@PostMapping("/staff/organizations/{id}/members")
	String addMember(@PathVariable UUID id, @Valid @ModelAttribute("memberForm") MemberForm memberForm,
			BindingResult binding, Model model) {
		Organization organization = organizations.get(id);
		if (!binding.hasErrors()) {
			try {
				organizations.addMember(id, memberForm.getUsername());
				return "redirect:/staff/organizations/" + id + "?memberAdded";
			}
			catch (InvalidInput invalid) {
				binding.rejectValue("username", invalid.messageKey());
			}
		}
		return detail(model, organization, OrganizationForm.of(organization.profile()), memberForm);
	}

	@PostMapping("/staff/organizations/{id}/members/{accountId}/remove")
	String removeMember(@PathVariable UUID id, @PathVariable UUID accountId) {
		organizations.removeMember(id, accountId);
		return "redirect:/staff/organizations/" + id + "?memberRemoved";
	}

	@PostMapping("/staff/organizations/{id}/documents")
	String addDocument(@PathVariable UUID id, @RequestParam(required = false) @Nullable MultipartFile file, Model model)
			throws IOException {
		Organization organization = organizations.get(id);
		if (file == null || file.isEmpty()) {
			model.addAttribute("documentError", "files.rejected.empty");
		}
		else {
			try (InputStream content = file.getInputStream()) {
				organizations.addDocument(id, file.getOriginalFilename() == null ? "" : file.getOriginalFilename(), content);
				return "redirect:/staff/organizations/" + id + "?documentAdded";
			}
			catch (UploadRejectedException rejected) {
				model.addAttribute("documentError", rejected.messageKey());
				model.addAttribute("documentErrorArguments", rejected.arguments());
			}
		}
		return detail(model, organization, OrganizationForm.of(organization.profile()), new MemberForm());
	}

	@GetMapping("/staff/organizations/{id}/documents/{documentId}")
	void downloadDocument(@PathVariable UUID id, @PathVariable UUID documentId, HttpServletResponse response)
			throws IOException {
		DocumentDownloads.send(organizations, organizations.document(id, documentId), response);
	}

	@PostMapping("/staff/organizations/{id}/documents/{documentId}/remove")
	String removeDocument(@PathVariable UUID id, @PathVariable UUID documentId) {
		organizations.removeDocument(id, documentId);
		return "redirect:/staff/organizations/" + id + "?documentRemoved";
	}

	@PostMapping("/staff/organizations/{id}/destroy")
	String destroy(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean confirm) {
		organizations.get(id);
		if (!confirm) {
			return "redirect:/staff/organizations/" + id + "?confirmDestroy";
		}
		PurgeReceipt receipt = organizations.destroyAsStaff(id);
		return "redirect:/privacy/receipts/" + receipt.code();
	}

	private String form(Model model, OrganizationForm form, @Nullable Organization organization) {
		model.addAttribute("form", form);
		model.addAttribute("kinds", OrganizationKind.values());
		model.addAttribute("sizes", SizeBand.values());
		model.addAttribute("organization", organization);
		return "organization/staff-form";
	}

	private String detail(Model model, Organization organization, OrganizationForm form, MemberForm memberForm) {
		model.addAttribute("members", organizations.members(organization));
		model.addAttribute("documents", organizations.documents(organization.id()));
		model.addAttribute("memberForm", memberForm);
		form(model, form, organization);
		return "organization/staff-detail";
	}

	/** The sign-in name of an account to add as a member. */
	public static class MemberForm {

		@jakarta.validation.constraints.NotBlank(message = "{validation.required}")
		@jakarta.validation.constraints.Size(max = 64, message = "{validation.tooLong}")
		private String username = "";

		public String getUsername() {
			return username;
		}

		public void setUsername(String username) {
			this.username = username;
		}

	}

}
