package org.tandem.audit.catalog.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.audit.catalog.Approach;
import org.tandem.audit.catalog.CatalogStore;
import org.tandem.audit.catalog.CatalogView;
import org.tandem.audit.catalog.RemoteOption;
import org.tandem.platform.Markdown;
import org.tandem.platform.NotFoundException;

/**
 * Browsing the catalog: the methods, the activities with filters and a search in the reader's language, one page per
 * activity and per method with its credit. Filters that cannot be read (a value out of range, a method that is not
 * there) are left out and said so, never an error.
 */
@Controller
class CatalogController {

	private final CatalogStore store;

	private final Markdown markdown;

	CatalogController(CatalogStore store, Markdown markdown) {
		this.store = store;
		this.markdown = markdown;
	}

	/** The filters as typed, shown back in the form. */
	record FilterForm(String method, String approach, String remote, String minutes, String size, String skill,
			String q) {
	}

	@GetMapping("/catalog")
	String list(@RequestParam(defaultValue = "") String method, @RequestParam(defaultValue = "") String approach,
			@RequestParam(defaultValue = "") String remote, @RequestParam(defaultValue = "") String minutes,
			@RequestParam(defaultValue = "") String size, @RequestParam(defaultValue = "") String skill,
			@RequestParam(defaultValue = "") String q, Locale locale, Model model) {
		List<CatalogView.MethodSummary> methods = store.methods(locale);
		FilterForm form = new FilterForm(cut(method, 40), cut(approach, 20), cut(remote, 20), cut(minutes, 10),
				cut(size, 10), cut(skill, 120), cut(q, CatalogStore.MAX_QUERY));
		boolean[] unreadable = { false };
		UUID methodId = parse(form.method(), unreadable, text -> {
			UUID id = UUID.fromString(text);
			return methods.stream().anyMatch(m -> m.id().equals(id)) ? id : null;
		});
		CatalogView.Filter filter = new CatalogView.Filter(methodId,
				parse(form.approach(), unreadable, Approach::valueOf),
				parse(form.remote(), unreadable, RemoteOption::valueOf),
				parse(form.minutes(), unreadable, CatalogController::positive),
				parse(form.size(), unreadable, CatalogController::positive),
				form.skill().isEmpty() ? null : form.skill(), form.q().isBlank() ? null : form.q());
		model.addAttribute("filter", form);
		model.addAttribute("unreadable", unreadable[0]);
		model.addAttribute("methods", methods);
		model.addAttribute("approaches", Approach.values());
		model.addAttribute("remoteOptions", RemoteOption.values());
		model.addAttribute("skills", store.skills(locale));
		model.addAttribute("results", store.list(filter, locale));
		model.addAttribute("limit", CatalogStore.LIST_LIMIT);
		return "audit/catalog/list";
	}

	@GetMapping("/catalog/activities/{catalog}/{slug}")
	String activity(@PathVariable String catalog, @PathVariable String slug, Locale locale, Model model) {
		CatalogView.ActivityPage page = store.activityPage(catalog, slug, locale).orElseThrow(NotFoundException::new);
		model.addAttribute("item", page);
		model.addAttribute("html", rendered(page.texts()));
		model.addAttribute("credit", page.credit());
		return "audit/catalog/activity";
	}

	@GetMapping("/catalog/methods/{catalog}/{slug}")
	String method(@PathVariable String catalog, @PathVariable String slug, Locale locale, Model model) {
		CatalogView.MethodPage page = store.methodPage(catalog, slug, locale).orElseThrow(NotFoundException::new);
		model.addAttribute("item", page);
		model.addAttribute("html", rendered(page.texts()));
		model.addAttribute("credit", page.credit());
		return "audit/catalog/method";
	}

	/** Safe HTML of every long text (the title stays text). */
	private Map<String, String> rendered(Map<String, String> texts) {
		return texts.entrySet()
			.stream()
			.filter(e -> !e.getKey().equals("title"))
			.collect(Collectors.toMap(Map.Entry::getKey, e -> markdown.html(e.getValue()),
					(a, b) -> a, java.util.LinkedHashMap::new));
	}

	private static @Nullable Integer positive(String text) {
		int value = Integer.parseInt(text.strip());
		return value >= 1 && value <= 1_000_000 ? value : null;
	}

	private interface Parser<T> {

		@Nullable T parse(String text);

	}

	private static <T> @Nullable T parse(String text, boolean[] unreadable, Parser<T> parser) {
		if (text.isBlank()) {
			return null;
		}
		try {
			T value = parser.parse(text);
			if (value == null) {
				unreadable[0] = true;
			}
			return value;
		}
		catch (IllegalArgumentException e) {
			unreadable[0] = true;
			return null;
		}
	}

	private static String cut(String text, int max) {
		return text.length() > max ? text.substring(0, max) : text;
	}

}
