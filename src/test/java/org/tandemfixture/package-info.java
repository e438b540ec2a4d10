/**
 * Small applications that break a module boundary on purpose, so that a test can show the framework's verification
 * catches it. They live outside {@code org.tandem}: neither Tandem's component scan nor its module model sees them.
 */
@NullMarked
package org.tandemfixture;

import org.jspecify.annotations.NullMarked;
