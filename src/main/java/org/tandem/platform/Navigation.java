package org.tandem.platform;

import java.util.List;

/** Contributed by each module that has pages for signed-in people. */
public interface Navigation {

	List<NavigationItem> items();

}
