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

}
