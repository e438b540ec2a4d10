package org.tandem.engagement.export;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tandem.organization.OrganizationExportPart;

/** The organization's engagements in its "download everything": one JSON file each, in the export's format. */
@Component
class EngagementsInOrganizationExport implements OrganizationExportPart {

	private final EngagementExports exports;

	EngagementsInOrganizationExport(EngagementExports exports) {
		this.exports = exports;
	}

	@Override
	public String name() {
		return "engagements";
	}

	@Override
	public void write(UUID organizationId, Files files) throws IOException {
		for (Map.Entry<UUID, byte[]> engagement : exports.ofOrganization(organizationId).entrySet()) {
			files.add(engagement.getKey() + ".json", engagement.getValue());
		}
	}

}
