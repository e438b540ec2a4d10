package org.tandem.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a page handler whose answer shows a secret meant to be read once (a status link and its code, a new access
 * token, an authenticator secret, recovery codes, an invitation link). Such pages are sent uncompressed, so that the
 * length of a compressed answer can never hint at the secret (the BREACH attack on HTTP compression), even where a
 * page also echoes something a visitor typed (the web layer answers them without compression).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ShowsSecret {

}
