package org.tandem.account.domain;

public enum AccountStatus {
	ACTIVE, DISABLED
}
