package org.tandem.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public front page and the signed-in dashboard. */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "platform/home";
	}

	@GetMapping("/dashboard")
	String dashboard() {
		return "platform/dashboard";
	}

}
