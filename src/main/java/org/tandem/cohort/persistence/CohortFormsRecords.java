package org.tandem.cohort.persistence;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.cohort.domain.CohortRecords;

/**
 * The forms' records about a cohort (intakes, outtakes, exit interviews), forgotten when its retention period ends.
 * Their text is sealed under the organizations' and providers' keys, which stay theirs: deleting the rows is what
 * forgets it.
 */
@Component
class CohortFormsRecords implements CohortRecords {

	private final JdbcClient jdbc;

	CohortFormsRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void forget(UUID cohortId) {
		for (String table : new String[] { "cohort_intake", "cohort_outtake", "cohort_exit_interview" }) {
			jdbc.sql("delete from " + table + " where cohort_id = :cohort").param("cohort", cohortId).update();
		}
	}

}
