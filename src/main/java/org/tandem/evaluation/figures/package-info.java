/**
 * Figures about more than one organization and the rule they all pass: {@link org.tandem.evaluation.figures.Disclosure}
 * (a minimum group size, small cells hidden, counts rounded, secondary suppression) with the minimum group size the
 * administrators set ({@link org.tandem.evaluation.figures.DisclosureSettings}), and the consent of organizations
 * and providers to be counted at all ({@link org.tandem.evaluation.figures.Countable}).
 */
@NullMarked
package org.tandem.evaluation.figures;

import org.jspecify.annotations.NullMarked;
