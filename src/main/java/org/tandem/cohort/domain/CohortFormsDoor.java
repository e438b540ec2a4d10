package org.tandem.cohort.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tandem.cohort.CohortForms;

/** {@link CohortForms} from the forms' tables: which are done, never what they say. */
@Component
class CohortFormsDoor implements CohortForms {

	private final CohortFormsService forms;

	CohortFormsDoor(CohortFormsService forms) {
		this.forms = forms;
	}

	@Override
	public List<FormsDone> done(UUID cohortId) {
		return forms.done(cohortId);
	}

}
