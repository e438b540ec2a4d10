package org.tandemfixture.undeclared;

import org.springframework.modulith.Modulithic;

/** A fixture application whose {@code shop} module uses {@code billing}'s door without declaring it. */
@Modulithic
public class UndeclaredFixture {

}
