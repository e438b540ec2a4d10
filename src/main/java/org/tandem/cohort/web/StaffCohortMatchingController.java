package org.tandem.cohort.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.cohort.domain.CohortMatching;
import org.tandem.matching.PoolBatches;
import org.tandem.organization.Organizations;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.TandemPrincipal;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Matching within the cohort, for staff: which organizations are ready (and why the others are not), the cohort's
 * providers, one batch proposed over them, a pair changed, the proposal confirmed (the blind offers start), and
 * where each pair stands.
 */
@Controller
class StaffCohortMatchingController {

	/** The longest provider id a form may send. */
	private static final int MAX_ID = 36;

	private final CohortMatching matching;

	private final Organizations organizations;

	StaffCohortMatchingController(CohortMatching matching, Organizations organizations) {
		this.matching = matching;
		this.organizations = organizations;
	}

	@GetMapping("/staff/cohorts/{id}/matching")
	String show(@PathVariable UUID id, Locale locale, Model model) {
		return page(id, locale, model, null, -1);
	}

	@PostMapping("/staff/cohorts/{id}/matching")
	String propose(TandemPrincipal principal, @PathVariable UUID id, Locale locale, Model model,
			HttpServletResponse response) {
		try {
			matching.propose(id, principal.accountId(), locale);
			return "redirect:/staff/cohorts/" + id + "/matching?proposed";
		}
		catch (InvalidInput invalid) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(id, locale, model, invalid.messageKey(), -1);
		}
	}

	@PostMapping("/staff/cohorts/{id}/matching/rows/{position}")
	String change(TandemPrincipal principal, @PathVariable UUID id, @PathVariable int position,
			@RequestParam(defaultValue = "") String provider, @RequestParam(defaultValue = "-1") long version,
			Locale locale, Model model, HttpServletResponse response) {
		UUID chosen;
		try {
			chosen = provider.isEmpty() ? null : UUID.fromString(provider.substring(0, Math.min(MAX_ID, provider.length())));
		}
		catch (IllegalArgumentException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(id, locale, model, "matching.batch.excluded", position);
		}
		try {
			matching.change(id, position, chosen, version, principal.accountId(), locale);
			return "redirect:/staff/cohorts/" + id + "/matching?changed#row-" + position;
		}
		catch (InvalidInput invalid) {
			response.setStatus(invalid.messageKey().endsWith("stale") ? HttpStatus.CONFLICT.value()
					: HttpStatus.BAD_REQUEST.value());
			return page(id, locale, model, invalid.messageKey(), position);
		}
		catch (OptimisticLockingFailureException meanwhile) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(id, locale, model, "matching.batch.stale", position);
		}
	}

	@PostMapping("/staff/cohorts/{id}/matching/confirm")
	String confirm(TandemPrincipal principal, @PathVariable UUID id, @RequestParam(defaultValue = "-1") long version,
			Locale locale, Model model, HttpServletResponse response) {
		try {
			int offered = matching.confirm(id, version, principal.accountId());
			return "redirect:/staff/cohorts/" + id + "/matching?offered=" + offered;
		}
		catch (InvalidInput invalid) {
			response.setStatus(invalid.messageKey().endsWith("stale") ? HttpStatus.CONFLICT.value()
					: HttpStatus.BAD_REQUEST.value());
			return page(id, locale, model, invalid.messageKey(), -1);
		}
		catch (OptimisticLockingFailureException meanwhile) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(id, locale, model, "matching.batch.stale", -1);
		}
	}

	private String page(UUID id, Locale locale, Model model, @Nullable String error, int errorRow) {
		CohortMatching.Overview overview = matching.overview(id, locale);
		List<UUID> organizationIds = overview.members().stream().map(CohortMatching.Member::organizationId).toList();
		Map<UUID, String> names = new HashMap<>(organizations.names(organizationIds));
		List<UUID> providerIds = new ArrayList<>(overview.providers());
		providerIds.addAll(overview.outside());
		overview.pairs().stream().map(p -> p.providerId()).filter(p -> p != null).forEach(providerIds::add);
		Map<UUID, String> providerNames = matching.providerNames(providerIds);
		Map<UUID, UUID> organizationOfRequest = new HashMap<>();
		overview.members().forEach(m -> {
			if (m.requestId() != null) {
				organizationOfRequest.put(m.requestId(), m.organizationId());
			}
		});
		PoolBatches.Proposal proposal = overview.proposal();
		model.addAttribute("cohort", overview.cohort());
		model.addAttribute("overview", overview);
		model.addAttribute("names", names);
		model.addAttribute("providerNames", providerNames);
		model.addAttribute("organizationOfRequest", organizationOfRequest);
		model.addAttribute("proposal", proposal);
		model.addAttribute("applicable", proposal == null ? 0
				: proposal.rows().stream().filter(r -> r.providerId() != null && r.awaiting()).count());
		model.addAttribute("error", error);
		model.addAttribute("errorRow", errorRow);
		return "cohort/staff-matching";
	}

}
