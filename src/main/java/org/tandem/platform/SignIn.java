package org.tandem.platform;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a person in from a page of Tandem's own (first-run set-up, accepted invitation, second factor), the way
 * Spring Security's filters do: a fresh security context, a new session id, the context saved in the session.
 */
@Component
public class SignIn {

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

	/** Signs in with the given principal and authorities (which carry the factors already proven). */
	public void signIn(Object principal, Collection<? extends GrantedAuthority> authorities,
			HttpServletRequest request, HttpServletResponse response) {
		var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
		var session = request.getSession(false);
		if (session != null) {
			request.changeSessionId();
		}
		SecurityContext context = holder.createEmptyContext();
		context.setAuthentication(authentication);
		holder.setContext(context);
		repository.saveContext(context, request, response);
	}

	/**
	 * Adds authorities (a newly proven factor, a marker) to the current sign-in and changes the session id, since the
	 * session is now worth more than before.
	 */
	public void add(Collection<? extends GrantedAuthority> extra, HttpServletRequest request,
			HttpServletResponse response) {
		Authentication current = holder.getContext().getAuthentication();
		if (current == null) {
			throw new IllegalStateException("nobody is signed in");
		}
		List<GrantedAuthority> authorities = new ArrayList<>(current.getAuthorities());
		for (GrantedAuthority authority : extra) {
			authorities.removeIf(a -> a.getAuthority().equals(authority.getAuthority()));
			authorities.add(authority);
		}
		signIn(current.getPrincipal(), authorities, request, response);
	}

}
