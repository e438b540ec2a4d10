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
