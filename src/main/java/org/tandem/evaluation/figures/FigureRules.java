package org.tandem.evaluation.figures;

import java.util.UUID;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;

/**
 * The two rules every program figure takes from outside: disclosure control with the hub's minimum group size, and
 * which organizations let themselves be counted at all.
 */
@Component
class FigureRules {

	Disclosure disclosure() {
		return Disclosure.byDefault();
	}

	Predicate<UUID> organizationCounted() {
		return organization -> true;
	}

}
