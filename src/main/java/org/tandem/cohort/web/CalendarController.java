package org.tandem.cohort.web;

import java.time.Duration;
import java.util.Optional;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.tandem.cohort.domain.CalendarFeeds;
import org.tandem.platform.AbsoluteLinks;
import org.tandem.platform.RateLimit;
import org.tandem.platform.RateLimits;
import org.tandem.platform.RequesterKey;
import org.tandem.platform.TandemPrincipal;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A person's calendar feed: the page where they make (or make anew) and revoke its secret link, and the feed itself,
 * read by calendar applications without signing in and rate-limited per visitor and per link like the other links
 * that carry a token. An unknown or revoked link is not found.
 */
@Controller
class CalendarController {

	private static final String UNKNOWN = "unknown";

	private final CalendarFeeds feeds;

	private final AbsoluteLinks links;

	private final RateLimit byVisitor;

	private final RateLimit byLink;

	CalendarController(CalendarFeeds feeds, AbsoluteLinks links, RateLimits limits) {
		this.feeds = feeds;
		this.links = links;
		Duration hour = Duration.ofHours(1);
		this.byVisitor = limits.limit("cohort.calendar-by-visitor", 120, hour);
		this.byLink = limits.limit("cohort.calendar-by-link", 60, hour);
	}

	@GetMapping("/cohorts/calendar")
	String page(TandemPrincipal principal, Model model) {
		model.addAttribute("since", feeds.current(principal.accountId()).orElse(null));
		return "cohort/calendar";
	}

	@PostMapping("/cohorts/calendar")
	String create(TandemPrincipal principal, Model model) {
		String token = feeds.create(principal.accountId());
		// shown once, on this answer only: what is kept is the token's digest
		model.addAttribute("link", links.forMail("/calendar/" + token + ".ics"));
		return page(principal, model);
	}

	@PostMapping("/cohorts/calendar/revoke")
	String revoke(TandemPrincipal principal) {
		feeds.revoke(principal.accountId());
		return "redirect:/cohorts/calendar?revoked";
	}

	@GetMapping("/calendar/{token}.ics")
	@ResponseBody
	ResponseEntity<byte[]> feed(@PathVariable String token, HttpServletRequest request) {
		boolean visitorHasRoom = byVisitor.tryAcquire(RequesterKey.of(request).orElse(UNKNOWN));
		boolean linkHasRoom = byLink.tryAcquire(CalendarFeeds.digest(token));
		if (!visitorHasRoom || !linkHasRoom) {
			return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).build();
		}
		Optional<byte[]> feed = token.length() > 100 ? Optional.empty() : feeds.feed(token);
		return feed.map(bytes -> ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noStore())
			.header("Referrer-Policy", "no-referrer")
			.body(bytes)).orElseGet(() -> ResponseEntity.notFound().build());
	}

}
