package org.tandem.platform.web;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tandem.platform.AbsoluteLinks;
import org.tandem.platform.CurrentPerson;
import org.tandem.platform.Factors;
import org.tandem.platform.Navigation;
import org.tandem.platform.NavigationItem;
import org.tandem.platform.Role;
import org.tandem.platform.TandemPrincipal;
import org.tandem.platform.TandemProperties;

/** What the layout needs on every page: language and direction, the language links, and who is signed in. */
@ControllerAdvice
class LayoutModelAdvice {

	private final List<Navigation> navigation;

	private final TandemProperties properties;

	private final CurrentPerson currentPerson;

	private final AbsoluteLinks links;

	LayoutModelAdvice(List<Navigation> navigation, TandemProperties properties, CurrentPerson currentPerson,
			AbsoluteLinks links) {
		this.navigation = navigation;
		this.properties = properties;
		this.currentPerson = currentPerson;
		this.links = links;
	}

	@ModelAttribute("page")
	PageContext page(HttpServletRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		Language language = Languages.find(locale.getLanguage()).orElse(Languages.SUPPORTED.getFirst());
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		Viewer viewer = viewer(authentication);
		List<NavigationItem> items = viewer == null ? List.of()
				: navigation.stream()
					.flatMap(n -> n.items().stream())
					.filter(item -> item.visibleTo(viewer.roles()))
					.sorted(Comparator.comparingInt(NavigationItem::order))
					.toList();
		return new PageContext(language, Languages.SUPPORTED, path, properties.hubName(), viewer, items,
				SCRIPTED_PATHS.contains(path), provisionalMailBase(viewer));
	}

	/** Staff and administrators are the ones who can have TANDEM_PUBLIC_URL set, and who send mail with links. */
	private @Nullable String provisionalMailBase(@Nullable Viewer viewer) {
		boolean told = viewer != null && viewer.complete()
				&& (viewer.roles().contains(Role.STAFF) || viewer.roles().contains(Role.ADMIN));
		return told && !links.publicUrlSet() ? links.mailBase() : null;
	}

	private @Nullable Viewer viewer(@Nullable Authentication authentication) {
		TandemPrincipal principal = currentPerson.of(authentication).orElse(null);
		if (principal == null || authentication == null) {
			return null;
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		authentication.getAuthorities()
			.forEach(a -> Role.parse(a.getAuthority().replaceFirst("^ROLE_", "")).ifPresent(roles::add));
		boolean complete = Factors.stateOf(authentication) == Factors.SignInState.COMPLETE;
		return new Viewer(principal.displayName(), principal.demo(), roles, complete);
	}

	/**
	 * The layout's view of the request.
	 *
	 * @param provisionalMailBase where links in mail point for want of {@code TANDEM_PUBLIC_URL}, for staff and
	 * administrators to be told (the {@code layout/notices :: public-url} fragment); null when it is set or for others
	 */
	record PageContext(Language language, List<Language> languages, String path, String hubName,
			@Nullable Viewer viewer, List<NavigationItem> navigation, boolean scripted,
			@Nullable String provisionalMailBase) {
	}

	/** Pages whose optional script (passkeys) posts with the CSRF token from a meta tag. */
	private static final Set<String> SCRIPTED_PATHS = Set.of("/login", "/login/failed", Factors.SECOND_FACTOR_PATH,
			Factors.ENROLL_PATH);

	record Viewer(String displayName, boolean demo, Set<Role> roles, boolean complete) {
	}

}
