package org.tandem.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every route the application maps, with path variables filled in, so tests cover routes nobody listed by hand. */
final class RouteTable {

	private RouteTable() {
	}

	record Route(RequestMethod method, String pattern, String path) {
	}

	/** Every route, and a check that the table is the application's, not an empty one from a wrong bean. */
	static List<Route> all(RequestMappingHandlerMapping mapping) {
		List<Route> routes = of(mapping);
		if (routes.size() <= 20) {
			throw new AssertionError("the route table has only " + routes.size() + " routes");
		}
		return routes;
	}

	static List<Route> of(RequestMappingHandlerMapping mapping) {
		List<Route> routes = new ArrayList<>();
		for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				String path = pattern.replaceAll("\\{[^}]+}", UUID.randomUUID().toString()).replace("/**", "/x");
				if (methods.isEmpty()) {
					routes.add(new Route(RequestMethod.GET, pattern, path));
				}
				methods.forEach(m -> routes.add(new Route(m, pattern, path)));
			}
		}
		return routes;
	}

}
