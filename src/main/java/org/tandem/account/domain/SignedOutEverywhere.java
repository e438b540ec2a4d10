package org.tandem.account.domain;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Ends every session of an account, on every instance (sessions live in the database). */
@Component
public class SignedOutEverywhere {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	SignedOutEverywhere(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	public void signOut(String username) {
		sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
	}

	/** Ends every session of the account but the one given (the person's own, current session). */
	public void signOutOthers(String username, String keepSessionId) {
		sessions.findByPrincipalName(username)
			.keySet()
			.stream()
			.filter(id -> !id.equals(keepSessionId))
			.forEach(sessions::deleteById);
	}

}
