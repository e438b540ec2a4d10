package org.tandem.matching.web;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;

/** Whether a failure is two people changing the same thing at once, which a page answers with "look again". */
final class Conflicts {

	private Conflicts() {
	}

	static boolean isConflict(Throwable e) {
		Throwable cause = e instanceof DbActionExecutionException ? e.getCause() : e;
		return cause instanceof OptimisticLockingFailureException || cause instanceof DataIntegrityViolationException;
	}

}
