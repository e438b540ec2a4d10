package org.tandem.privacy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the {@code UUID} field of an aggregate that names whose keys seal its {@link SealedText} fields: an
 * organization, an anonymous request, or an account. An aggregate that is itself the owner marks its id.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface DataOwner {
}
