package org.tandem.organization.domain;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tandem.organization.OrganizationExportPart;

/**
 * The organization's counting choice in its "download everything": {@code counting/choice.json} says whether its
 * results may be counted anonymously in figures about more than one organization, as its members last set it.
 */
@Component
class CountingExportPart implements OrganizationExportPart {

	private final OrganizationCounting counting;

	CountingExportPart(OrganizationCounting counting) {
		this.counting = counting;
	}

	@Override
	public String name() {
		return "counting";
	}

	@Override
	public void write(UUID organizationId, Files files) throws java.io.IOException {
		files.add("choice.json", ("{\"countedAnonymously\":" + counting.counted(organizationId) + "}\n")
			.getBytes(StandardCharsets.UTF_8));
	}

}
