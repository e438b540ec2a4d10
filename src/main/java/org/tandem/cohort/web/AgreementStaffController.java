package org.tandem.cohort.web;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.account.Accounts;
import org.tandem.cohort.domain.AgreementParty;
import org.tandem.cohort.domain.AgreementSignature;
import org.tandem.cohort.domain.AgreementSignatureLine;
import org.tandem.cohort.domain.CohortAgreementService;
import org.tandem.platform.Markdown;
import org.tandem.platform.NotFoundException;

/**
 * Staff's view of the signatures: every signature newest first (a page at a time), and one organization's or
 * provider's: where it stands with each agreement, and each version it signed, when, in which language, by whom,
 * with the SHA-256 and the text as it was signed.
 */
@Controller
class AgreementStaffController {

	private final CohortAgreementService agreements;

	private final AgreementPartyNames names;

	private final Accounts accounts;

	private final Markdown markdown;

	AgreementStaffController(CohortAgreementService agreements, AgreementPartyNames names, Accounts accounts,
			Markdown markdown) {
		this.agreements = agreements;
		this.names = names;
		this.accounts = accounts;
		this.markdown = markdown;
	}

	@GetMapping("/staff/agreements")
	String newest(@RequestParam(required = false) @Nullable String after, Model model) {
		CohortAgreementService.SignaturePage page = agreements.newest(after);
		model.addAttribute("signaturePage", page);
		model.addAttribute("names", names.of(page.lines().stream().map(AgreementSignatureLine::party).toList()));
		return "cohort/staff-agreements";
	}

	@GetMapping("/staff/agreements/organizations/{organizationId}")
	String organization(@PathVariable UUID organizationId, Model model) {
		return party(AgreementParty.organization(organizationId), model);
	}

	@GetMapping("/staff/agreements/providers/{providerId}")
	String provider(@PathVariable UUID providerId, Model model) {
		return party(AgreementParty.provider(providerId), model);
	}

	private String party(AgreementParty party, Model model) {
		String name = names.of(List.of(party)).get(party.id());
		if (name == null) {
			throw new NotFoundException();
		}
		List<AgreementSignature> signatures = agreements.signaturesOf(party);
		model.addAttribute("party", party);
		model.addAttribute("name", name);
		model.addAttribute("sheet", agreements.sheet(party));
		model.addAttribute("signatures", signatures);
		model.addAttribute("signers", signers(signatures.stream().map(AgreementSignature::accountId).toList()));
		model.addAttribute("rendered", signatures.stream()
			.collect(Collectors.toMap(AgreementSignature::id, s -> markdown.html(s.text()))));
		return "cohort/staff-agreement-party";
	}

	private Map<UUID, String> signers(Collection<UUID> ids) {
		return accounts.byIds(ids.stream().distinct().toList())
			.values()
			.stream()
			.collect(Collectors.toMap(Accounts.Person::id, Accounts.Person::displayName));
	}

}
