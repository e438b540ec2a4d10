/**
 * Organizations Tandem serves: their profile (sealed under their own keys), their members, and what a member can do
 * with everything Tandem holds about them: download it, or have it destroyed.
 */
@NullMarked
package org.tandem.organization;

import org.jspecify.annotations.NullMarked;
