/** A module with a public door that shop may not use. */
@NullMarked
@ApplicationModule(allowedDependencies = {})
package org.tandemfixture.undeclared.billing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
