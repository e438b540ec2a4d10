package org.tandem.privacy;

/** Each owner has one data key per purpose, so that case notes and identity can be handled and shown apart. */
public enum KeyPurpose {

	/** Who the owner is: names, contact details, anything that points at a person or an organization. */
	IDENTIFYING,

	/** What happened to them: descriptions of incidents, assessments, plans. */
	CASE

}
