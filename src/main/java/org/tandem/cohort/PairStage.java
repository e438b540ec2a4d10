package org.tandem.cohort;

/** Where a pair matched within a cohort stands, from the proposal to the engagement. */
public enum PairStage {

	PROPOSED, OFFERED, ACCEPTED, INTRODUCED, ENGAGED, DECLINED

}
