package org.tandem.evaluation.survey;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start, seals the knowledge checks written before their content was sealed (V58) under their organizations'
 * keys, 200 to a transaction, until none is left in the clear. Idempotent: a check already sealed is not touched, so
 * instances starting together do no harm.
 */
@Component
class KnowledgeCheckSealing {

	private static final Logger log = LoggerFactory.getLogger(KnowledgeCheckSealing.class);

	private static final int BATCH = 200;

	private final SurveyStore store;

	private final TransactionTemplate transactions;

	KnowledgeCheckSealing(SurveyStore store, TransactionTemplate transactions) {
		this.store = store;
		this.transactions = transactions;
	}

	@EventListener(ApplicationReadyEvent.class)
	void sealAtStart() {
		int sealed = 0;
		int done;
		do {
			done = java.util.Objects.requireNonNull(transactions.execute(status -> store.sealClearKnowledgeChecks(BATCH)));
			sealed += done;
		} while (done == BATCH);
		if (sealed > 0) {
			log.info("{} knowledge checks sealed under their organizations' keys", sealed);
		}
	}

}
