package org.tandem.cohort.persistence;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.cohort.domain.CohortRecords;

/** Matching within the cohort's part of a cohort's records: its pairs and the proposal under review (ids only). */
@Component
class PairRecords implements CohortRecords {

	private final JdbcClient jdbc;

	PairRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public void forget(UUID cohortId) {
		jdbc.sql("delete from cohort_pair where cohort_id = :cohort").param("cohort", cohortId).update();
		jdbc.sql("delete from cohort_matching where cohort_id = :cohort").param("cohort", cohortId).update();
	}

}
