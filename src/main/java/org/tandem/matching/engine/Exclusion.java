package org.tandem.matching.engine;

import java.util.List;
import java.util.Set;

/** A provider who fails hard constraints: which ones, and in words what each failure is about. */
public record Exclusion(ProviderFacts provider, Set<Constraint> failed, List<Reason> reasons) {

	public Exclusion {
		failed = Set.copyOf(failed);
		reasons = List.copyOf(reasons);
	}

	/** Whether staff may choose the provider anyway, with a reason: only past the hub's own constraints. */
	public boolean overridable() {
		return failed.stream().noneMatch(Constraint::byOrganization);
	}

}
