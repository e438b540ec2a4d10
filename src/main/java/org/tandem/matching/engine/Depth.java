package org.tandem.matching.engine;

/** How far a provider goes in a service. */
public enum Depth {

	CAN_DO, SPECIALIST

}
