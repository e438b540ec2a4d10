package org.tandemfixture.reach;

import org.springframework.modulith.Modulithic;

/** A fixture application whose {@code shop} module reaches into an internal package of its allowed {@code stock}. */
@Modulithic
public class ReachingFixture {

}
