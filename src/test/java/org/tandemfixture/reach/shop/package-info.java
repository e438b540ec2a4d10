/** Allowed to use stock, but uses a type from stock's internals. */
@NullMarked
@ApplicationModule(allowedDependencies = "stock")
package org.tandemfixture.reach.shop;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
