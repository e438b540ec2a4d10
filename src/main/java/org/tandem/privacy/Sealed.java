package org.tandem.privacy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Chooses the data key a {@link SealedText} field is sealed with. A {@code SealedText} field without this annotation
 * is sealed with the owner's {@link KeyPurpose#IDENTIFYING identifying} key.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Sealed {

	KeyPurpose value() default KeyPurpose.IDENTIFYING;

}
