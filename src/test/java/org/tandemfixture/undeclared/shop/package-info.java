/** Allowed to depend on no other module, but uses billing. */
@NullMarked
@ApplicationModule(allowedDependencies = {})
package org.tandemfixture.undeclared.shop;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
