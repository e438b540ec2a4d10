package org.tandem.organization;

import java.io.IOException;
import java.util.UUID;

/**
 * A module's share of an organization's "download everything": what it holds about the organization, as files in the
 * download's zip. The organization module checks that the account is the organization's member before it asks; a part
 * only writes. Parts are asked in the order of their {@link #name()}.
 */
public interface OrganizationExportPart {

	/** The part's folder in the zip, such as {@code engagements}; every file it adds goes under it. */
	String name();

	/** Adds the part's files for the organization. */
	void write(UUID organizationId, Files files) throws IOException;

	/** Where a part adds its files. */
	interface Files {

		/** Adds a file at {@code path} inside the part's folder. */
		void add(String path, byte[] content) throws IOException;

	}

}
