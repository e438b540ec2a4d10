package org.tandem.directory;

import java.util.UUID;

/** A provider moved from one status to another (published in the transaction that moved it). */
public record ProviderStatusChanged(UUID providerId, ProviderStatus from, ProviderStatus to) {
}
