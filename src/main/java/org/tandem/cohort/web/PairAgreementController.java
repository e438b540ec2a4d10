package org.tandem.cohort.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.tandem.cohort.Side;
import org.tandem.cohort.domain.PairAgreement;
import org.tandem.cohort.domain.PairAgreements;
import org.tandem.cohort.domain.SpaceAccess;
import org.tandem.directory.Providers;
import org.tandem.organization.Organizations;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.TandemPrincipal;
import org.tandem.privacy.files.UploadRejectedException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The pair's own agreement: an organization's members upload (or replace) the file and name the provider, among the
 * cohort's, they made it with; that provider's account sees it and may replace the file; the cohort's coordinators
 * see every one. Nobody else learns it exists.
 */
@Controller
class PairAgreementController {

	private final PairAgreements pairs;

	private final Organizations organizations;

	private final Providers providers;

	PairAgreementController(PairAgreements pairs, Organizations organizations, Providers providers) {
		this.pairs = pairs;
		this.organizations = organizations;
		this.providers = providers;
	}

	@GetMapping("/cohorts/{id}/pair-agreement")
	String show(TandemPrincipal principal, @PathVariable UUID id, Model model) {
		return page(principal, id, null, model);
	}

	@PostMapping("/cohorts/{id}/pair-agreement")
	String upload(TandemPrincipal principal, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String party, @RequestParam(defaultValue = "") String version,
			@RequestParam(required = false) @Nullable MultipartFile file, Model model) throws IOException {
		PairAgreements.View view = pairs.view(id, principal.accountId());
		if (view.side() instanceof Side.Staff) {
			throw new org.tandem.platform.NotFoundException();
		}
		UUID partyId = uuid(party);
		Long seen = version.isBlank() ? null : number(version);
		model.addAttribute("chosenParty", partyId);
		if (file == null || file.isEmpty()) {
			model.addAttribute("pairError", UploadRejectedException.EMPTY);
			return page(principal, id, "file", model);
		}
		try (InputStream content = file.getInputStream()) {
			pairs.upload(id, principal.accountId(), partyId, seen,
					Objects.requireNonNullElse(file.getOriginalFilename(), ""), content);
			return "redirect:/cohorts/" + id + "/pair-agreement?uploaded";
		}
		catch (UploadRejectedException rejected) {
			model.addAttribute("pairError", rejected.messageKey());
			model.addAttribute("pairErrorArguments", rejected.arguments());
			return page(principal, id, "file", model);
		}
		catch (InvalidInput invalid) {
			model.addAttribute("pairError", invalid.messageKey());
			return page(principal, id, invalid.field(), model);
		}
	}

	@GetMapping("/cohorts/{id}/pair-agreement/{organizationId}")
	void download(TandemPrincipal principal, @PathVariable UUID id, @PathVariable UUID organizationId,
			HttpServletResponse response) throws IOException {
		PairAgreement agreement = pairs.get(id, principal.accountId(), organizationId);
		try (InputStream content = pairs.content(agreement)) {
			SpaceController.SpaceDownloads.send(response, content, agreement.contentType(), agreement.sizeBytes(),
					agreement.fileName());
		}
	}

	@ExceptionHandler(SpaceAccess.SignFirst.class)
	String signFirst(SpaceAccess.SignFirst first) {
		return "redirect:/cohorts/" + first.cohortId();
	}

	private String page(TandemPrincipal principal, UUID id, @Nullable String errorField, Model model) {
		PairAgreements.View view = pairs.view(id, principal.accountId());
		List<UUID> providerIds = new ArrayList<>(view.providers());
		view.agreements().forEach(a -> providerIds.add(a.providerId()));
		Map<UUID, String> providerNames = providers.names(providerIds);
		// the organizations whose agreements the reader may see: its own, those that named its provider, or (staff) all
		Map<UUID, String> organizationNames = organizations
			.names(view.agreements().stream().map(PairAgreement::organizationId).toList());
		model.addAttribute("cohort", view.cohort());
		model.addAttribute("asOrganization", view.side() instanceof Side.Organization);
		model.addAttribute("asProvider", view.side() instanceof Side.Provider);
		model.addAttribute("agreements", view.agreements());
		model.addAttribute("providerChoices", view.providers());
		model.addAttribute("providerNames", providerNames);
		model.addAttribute("organizationNames", organizationNames);
		model.addAttribute("pairField", errorField);
		model.addAttribute("ownAgreement", view.side() instanceof Side.Organization && !view.agreements().isEmpty()
				? view.agreements().getFirst() : null);
		return "cohort/pair-agreement";
	}

	private static @Nullable UUID uuid(String value) {
		try {
			return value.isBlank() ? null : UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException notAnId) {
			return null;
		}
	}

	private static Long number(String value) {
		try {
			return Long.parseLong(value.strip());
		}
		catch (NumberFormatException notANumber) {
			return -2L;
		}
	}

}
