package org.tandem.directory;

import java.util.List;

/**
 * What an organization introduced to a provider sees of them besides their contact: public profile data.
 *
 * @param summary the summary the provider wrote for the public listing, else what they wrote of their expertise
 * @param serviceKeys the message keys of the services they offer, in taxonomy order
 */
public record ProviderSummary(String name, String summary, List<String> serviceKeys) {
}
