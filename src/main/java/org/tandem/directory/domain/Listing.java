package org.tandem.directory.domain;

import org.jspecify.annotations.Nullable;

/**
 * What an active provider chose to show in the public "get help" directory: a summary and a way to reach them.
 * Services, languages and countries come from the profile; nothing else is ever published.
 */
public record Listing(boolean listed, @Nullable String summary, @Nullable String contact) {
}
