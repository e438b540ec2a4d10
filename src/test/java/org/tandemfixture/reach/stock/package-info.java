/** A module whose door is {@link org.tandemfixture.reach.stock.Stock}; its subpackage is internal. */
@NullMarked
@ApplicationModule(allowedDependencies = {})
package org.tandemfixture.reach.stock;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
