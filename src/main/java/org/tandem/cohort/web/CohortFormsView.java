package org.tandem.cohort.web;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tandem.cohort.CohortForms;

/** For staff's cohort page (its forms fragment): how many exit interviews are still to be held. */
@Component("cohortFormsView")
public class CohortFormsView {

	private final CohortForms forms;

	CohortFormsView(CohortForms forms) {
		this.forms = forms;
	}

	public long missingExitInterviews(UUID cohortId) {
		return forms.done(cohortId).stream().filter(d -> !d.exitInterview()).count();
	}

}
