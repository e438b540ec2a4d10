/**
 * The engagement's export: a readable PDF and a JSON file, made of sections that each part of the module contributes
 * ({@link org.tandem.engagement.export.EngagementExportSection} beans), and the engagements' share of the
 * organization's "download everything".
 */
@NullMarked
package org.tandem.engagement.export;

import org.jspecify.annotations.NullMarked;
