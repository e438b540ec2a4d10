package org.tandem.cohort.web;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.Size;

/**
 * "I have read and sign": the version and language the page showed, and the party signed for (an organization's or
 * provider's id; left out when the signer has one party only).
 */
record AgreementSignForm(@Nullable Integer version, @Size(max = 5) @Nullable String language, @Size(max = 36) @Nullable String party) {
}
