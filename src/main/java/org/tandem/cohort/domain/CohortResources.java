package org.tandem.cohort.domain;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.tandem.cohort.CohortStatus;
import org.tandem.cohort.persistence.SpaceRows;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;
import org.tandem.privacy.KeyPurpose;
import org.tandem.privacy.files.CleanUpload;
import org.tandem.privacy.files.EncryptedFileStore;
import org.tandem.privacy.files.StoredFile;
import org.tandem.privacy.files.UploadInspector;

/**
 * Resources staff share with a cohort: links (http or https only) and files. A file is checked and cleaned by the
 * privacy module's upload inspector, as an engagement's files are (size limit, type from the bytes against an
 * allowlist, metadata stripped), and encrypted under the cohort's id as owner. At most {@value #LIMIT} per cohort.
 */
@Service
public class CohortResources {

	public static final int LIMIT = 100;

	private static final Logger log = LoggerFactory.getLogger(CohortResources.class);

	private final CohortService cohorts;

	private final SpaceAccess access;

	private final SpaceRows rows;

	private final EncryptedFileStore files;

	private final UploadInspector uploads;

	private final Clock clock;

	CohortResources(CohortService cohorts, SpaceAccess access, SpaceRows rows, EncryptedFileStore files,
			UploadInspector uploads, Clock clock) {
		this.cohorts = cohorts;
		this.access = access;
		this.rows = rows;
		this.files = files;
		this.uploads = uploads;
		this.clock = clock;
	}

	/** Staff's list, newest first. */
	@Transactional(readOnly = true)
	public List<CohortResource> staffList(UUID cohortId) {
		cohorts.get(cohortId);
		return rows.resources(cohortId, LIMIT);
	}

	/** The participant's list, newest first; not found for anyone outside the cohort. */
	@Transactional(readOnly = true)
	public List<CohortResource> list(UUID cohortId, UUID accountId) {
		access.enter(cohortId, accountId);
		return rows.resources(cohortId, LIMIT);
	}

	/** One resource of the cohort, for a participant. */
	@Transactional(readOnly = true)
	public CohortResource get(UUID cohortId, UUID accountId, UUID resourceId) {
		access.enter(cohortId, accountId);
		return rows.resource(cohortId, resourceId).orElseThrow(NotFoundException::new);
	}

	/** A file resource's decrypted content; not found for a link, or when its bytes are gone. */
	public InputStream content(CohortResource resource) {
		if (!resource.file() || resource.fileId() == null) {
			throw new NotFoundException();
		}
		return files.open(resource.cohortId(), resource.fileId(), KeyPurpose.CASE)
			.orElseThrow(NotFoundException::new);
	}

	@Transactional
	public CohortResource addLink(UUID cohortId, UUID actorId, @Nullable String title, @Nullable String description,
			@Nullable String url) {
		String t = title(title);
		String d = description(description);
		String u = url(url);
		room(cohortId);
		CohortResource resource = new CohortResource(UUID.randomUUID(), cohortId, CohortResource.Kind.LINK, t, d, u,
				null, null, null, null, actorId, now());
		rows.insert(resource);
		log.info("link {} shared in cohort {} by {}", resource.id(), cohortId, actorId);
		return resource;
	}

	/**
	 * Checks, cleans and stores a file encrypted under the cohort's id; if the transaction does not commit, the stored
	 * file is deleted again. Throws {@link org.tandem.privacy.files.UploadRejectedException} when refused. A blank
	 * title becomes the file's name.
	 */
	@Transactional
	public CohortResource addFile(UUID cohortId, UUID actorId, @Nullable String title, @Nullable String description,
			String fileName, InputStream content) {
		String d = description(description);
		if (title != null && title.strip().length() > CohortResource.TITLE_LIMIT) {
			throw new InvalidInput("title", "cohort.resource.title.tooLong");
		}
		room(cohortId);
		CleanUpload clean = uploads.inspect(fileName, content);
		String t = title == null || title.isBlank() ? clean.safeFileName() : title.strip();
		StoredFile stored = files.store(cohortId, KeyPurpose.CASE, new ByteArrayInputStream(clean.content()));
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					files.delete(cohortId, stored.id());
				}
			}
		});
		CohortResource resource = new CohortResource(UUID.randomUUID(), cohortId, CohortResource.Kind.FILE,
				t.length() > CohortResource.TITLE_LIMIT ? t.substring(0, CohortResource.TITLE_LIMIT) : t, d, null,
				stored.id(), clean.safeFileName(), clean.detectedType(), (long) clean.size(), actorId, now());
		rows.insert(resource);
		log.info("file {} shared in cohort {} by {}", resource.id(), cohortId, actorId);
		return resource;
	}

	/** Removes a resource; a file's bytes are deleted once the removal is committed. */
	@Transactional
	public void remove(UUID cohortId, UUID resourceId, UUID actorId) {
		cohorts.get(cohortId);
		CohortResource resource = rows.resource(cohortId, resourceId).orElseThrow(NotFoundException::new);
		rows.deleteResource(cohortId, resourceId);
		if (resource.fileId() != null) {
			UUID fileId = resource.fileId();
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					files.delete(cohortId, fileId);
				}
			});
		}
		log.info("resource {} removed from cohort {} by {}", resourceId, cohortId, actorId);
	}

	private void room(UUID cohortId) {
		Cohort cohort = cohorts.get(cohortId);
		if (cohort.status() == CohortStatus.CLOSED) {
			throw new InvalidInput("cohort", "cohort.space.closed");
		}
		if (rows.resourceCount(cohortId) >= LIMIT) {
			throw new InvalidInput("file", "cohort.resource.tooMany");
		}
	}

	private static String title(@Nullable String title) {
		String t = title == null ? "" : title.strip();
		if (t.isEmpty()) {
			throw new InvalidInput("title", "cohort.resource.title.required");
		}
		if (t.length() > CohortResource.TITLE_LIMIT) {
			throw new InvalidInput("title", "cohort.resource.title.tooLong");
		}
		return t;
	}

	private static @Nullable String description(@Nullable String description) {
		String d = description == null ? "" : description.strip();
		if (d.length() > CohortResource.DESCRIPTION_LIMIT) {
			throw new InvalidInput("description", "cohort.resource.description.tooLong");
		}
		return d.isEmpty() ? null : d;
	}

	/** An absolute http or https address with a host, at most {@value CohortResource#URL_LIMIT} characters. */
	static String url(@Nullable String url) {
		String u = url == null ? "" : url.strip();
		if (u.isEmpty() || u.length() > CohortResource.URL_LIMIT) {
			throw new InvalidInput("url", "cohort.resource.url.invalid");
		}
		try {
			URI uri = new URI(u);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
					|| uri.getHost().isBlank() || uri.getRawUserInfo() != null) {
				throw new InvalidInput("url", "cohort.resource.url.invalid");
			}
			String ascii = uri.toASCIIString();
			if (ascii.length() > CohortResource.URL_LIMIT) {
				throw new InvalidInput("url", "cohort.resource.url.invalid");
			}
			return ascii;
		}
		catch (URISyntaxException notAnAddress) {
			throw new InvalidInput("url", "cohort.resource.url.invalid");
		}
	}

	private Instant now() {
		return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
	}

}
