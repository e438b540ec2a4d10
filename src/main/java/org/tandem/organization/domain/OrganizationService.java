package org.tandem.organization.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.tandem.account.Accounts;
import org.tandem.organization.persistence.DocumentRepository;
import org.tandem.organization.persistence.OrganizationRepository;
import org.jspecify.annotations.Nullable;
import org.tandem.platform.Cursors;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Role;
import org.tandem.privacy.KeyPurpose;
import org.tandem.privacy.PurgeReceipt;
import org.tandem.privacy.PurgeService;
import org.tandem.privacy.files.CleanUpload;
import org.tandem.privacy.files.EncryptedFileStore;
import org.tandem.privacy.files.StoredFile;
import org.tandem.privacy.files.UploadInspector;

import tools.jackson.databind.json.JsonMapper;

/**
 * Organizations for staff (create, edit, members, destroy) and for their members (see, download everything,
 * destroy everything). A member only ever reaches organizations they belong to; any other id is "not found".
 */
@Service
public class OrganizationService {

	private final OrganizationRepository organizations;

	private final DocumentRepository documents;

	private final EncryptedFileStore files;

	private final UploadInspector uploads;

	private final Accounts directory;

	private final PurgeService purges;

	private final JsonMapper json;

	private final Clock clock;

	/** Looked up when a download is made: the parts' modules depend on this one's door. */
	private final org.springframework.beans.factory.ObjectProvider<org.tandem.organization.OrganizationExportPart> parts;

	OrganizationService(OrganizationRepository organizations, DocumentRepository documents, EncryptedFileStore files,
			UploadInspector uploads, Accounts directory, PurgeService purges, JsonMapper json, Clock clock,
			org.springframework.beans.factory.ObjectProvider<org.tandem.organization.OrganizationExportPart> parts) {
		this.parts = parts;
		this.organizations = organizations;
		this.documents = documents;
		this.files = files;
		this.uploads = uploads;
		this.directory = directory;
		this.purges = purges;
		this.json = json;
		this.clock = clock;
	}

	/** Organizations a page holds: the list goes by 50, newest first. */
	public static final int PAGE_SIZE = 50;

	/**
	 * A page of organizations, newest first, after the cursor's organization (the first page without one; a cursor
	 * that is not one of this list's is the first page too). Read on the creation index from that row, so the
	 * hundredth page costs what the first does; the names shown are opened for the page's rows only.
	 */
	@Transactional(readOnly = true)
	public Page page(String after) {
		Organization.Position from = Cursors.decode(after, 2).flatMap(Organization.Position::parse).orElse(null);
		List<Organization> rows = from == null ? organizations.newest()
				: organizations.olderThan(from.createdAt(), from.id());
		boolean more = rows.size() > PAGE_SIZE;
		List<Organization> shown = more ? rows.subList(0, PAGE_SIZE) : rows;
		return new Page(shown, more ? Cursors.encode(shown.getLast().createdAt().toString(),
				shown.getLast().id().toString()) : null, from != null);
	}

	/** A page of organizations, the cursor of the next one (null on the last), and whether it is not the first. */
	public record Page(List<Organization> organizations, @Nullable String next, boolean later) {
	}

	@Transactional(readOnly = true)
	/** These organizations, those that exist. */
	public List<Organization> all(java.util.Collection<UUID> ids) {
		return ids.isEmpty() ? List.of() : organizations.findAllById(ids);
	}

	public java.util.Optional<Organization> find(UUID id) {
		return organizations.findById(id);
	}

	@Transactional(readOnly = true)
	public Organization get(UUID id) {
		return organizations.findById(id).orElseThrow(NotFoundException::new);
	}

	@Transactional
	public Organization create(Organization.Profile profile) {
		return organizations.save(Organization.create(profile, clock.instant()));
	}

	@Transactional
	public void update(UUID id, Organization.Profile profile) {
		Organization organization = get(id);
		organization.update(profile);
		organizations.save(organization);
	}

	/** Adds an account holding the organization-member role. */
	@Transactional
	public void addMember(UUID id, String username) {
		Accounts.Person person = directory.findByUsername(username)
			.orElseThrow(() -> new InvalidInput("username", "organization.member.unknown"));
		if (!person.roles().contains(Role.ORG_MEMBER)) {
			throw new InvalidInput("username", "organization.member.notMemberRole");
		}
		Organization organization = get(id);
		if (!organization.addMember(person.id(), clock.instant())) {
			throw new InvalidInput("username", "organization.member.already");
		}
		organizations.save(organization);
	}

	/** Adds an account holding the organization-member role, by id; nothing happens if it is a member already. */
	@Transactional
	public void addMemberById(UUID id, UUID accountId) {
		Accounts.Person person = directory.byIds(List.of(accountId))
			.values()
			.stream()
			.findFirst()
			.orElseThrow(() -> new InvalidInput("account", "organization.member.unknown"));
		if (!person.roles().contains(Role.ORG_MEMBER)) {
			throw new InvalidInput("account", "organization.member.notMemberRole");
		}
		Organization organization = get(id);
		if (organization.addMember(person.id(), clock.instant())) {
			organizations.save(organization);
		}
	}

	@Transactional
	public void removeMember(UUID id, UUID accountId) {
		Organization organization = get(id);
		if (organization.removeMember(accountId)) {
			organizations.save(organization);
		}
	}

	/** The members with their names, for pages. */
	@Transactional(readOnly = true)
	public List<MemberView> members(Organization organization) {
		Map<UUID, Accounts.Person> people = directory
			.byIds(organization.members().stream().map(Member::accountId).toList());
		return organization.members()
			.stream()
			.sorted(java.util.Comparator.comparing(Member::addedAt))
			.map(m -> {
				Accounts.Person person = people.get(m.accountId());
				return new MemberView(m.accountId(), person == null ? "" : person.username(),
						person == null ? "" : person.displayName(), m);
			})
			.toList();
	}

	@Transactional(readOnly = true)
	public List<Organization> of(UUID accountId) {
		return organizations.findByMember(accountId);
	}

	/** The organization, if the account is one of its members; otherwise "not found". */
	@Transactional(readOnly = true)
	public Organization forMember(UUID id, UUID accountId) {
		Organization organization = organizations.findById(id).orElseThrow(NotFoundException::new);
		if (!organization.hasMember(accountId)) {
			throw new NotFoundException();
		}
		return organization;
	}

	/**
	 * Writes everything Tandem holds about the organization, opened for its member, as a zip of JSON documents,
	 * straight to the response: nothing is written to disk on the way.
	 */
	public void export(UUID id, UUID accountId, OutputStream out) throws IOException {
		Organization organization = forMember(id, accountId);
		Map<String, Object> profile = new LinkedHashMap<>();
		profile.put("id", organization.id().toString());
		profile.put("name", organization.name());
		profile.put("contact", organization.contact());
		profile.put("notes", organization.notes());
		profile.put("kind", organization.kind().name());
		profile.put("sizeBand", organization.sizeBand().name());
		profile.put("country", organization.country());
		profile.put("createdAt", organization.createdAt().toString());
		List<Map<String, Object>> members = members(organization).stream().map(m -> {
			Map<String, Object> member = new LinkedHashMap<>();
			member.put("username", m.username());
			member.put("displayName", m.displayName());
			member.put("addedAt", m.member().addedAt().toString());
			return member;
		}).toList();
		Map<String, Object> manifest = new LinkedHashMap<>();
		manifest.put("format", "tandem-organization-export/1");
		manifest.put("exportedAt", clock.instant().toString());
		List<Document> kept = documents(id);
		List<String> names = new java.util.ArrayList<>(List.of("organization.json", "members.json", "documents.json"));
		List<Map<String, Object>> documentList = new java.util.ArrayList<>();
		for (Document document : kept) {
			names.add(exportPath(document));
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("file", exportPath(document));
			entry.put("name", document.name());
			entry.put("contentType", document.contentType());
			entry.put("size", document.sizeBytes());
			entry.put("uploadedAt", document.uploadedAt().toString());
			documentList.add(entry);
		}
		// other modules' shares (engagements), put together in memory: each is bounded by its module
		Map<String, byte[]> shared = new LinkedHashMap<>();
		for (org.tandem.organization.OrganizationExportPart part : parts.stream()
			.sorted(java.util.Comparator.comparing(org.tandem.organization.OrganizationExportPart::name))
			.toList()) {
			part.write(id, (path, content) -> shared.put(part.name() + "/" + path, content));
		}
		names.addAll(shared.keySet());
		manifest.put("files", names);
		try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
			entry(zip, "manifest.json", manifest);
			entry(zip, "organization.json", profile);
			entry(zip, "members.json", members);
			entry(zip, "documents.json", documentList);
			for (Map.Entry<String, byte[]> file : shared.entrySet()) {
				zip.putNextEntry(new ZipEntry(file.getKey()));
				zip.write(file.getValue());
				zip.closeEntry();
			}
			// Streamed outside any transaction: a slow download holds no database connection.
			for (Document document : kept) {
				java.util.Optional<java.io.InputStream> content = files.open(id, document.fileId(), KeyPurpose.CASE);
				if (content.isEmpty()) {
					continue; // listed in documents.json; its file is gone (a purge under way)
				}
				zip.putNextEntry(new ZipEntry(exportPath(document)));
				try (java.io.InputStream in = content.get()) {
					in.transferTo(zip);
				}
				zip.closeEntry();
			}
		}
	}

	private static String exportPath(Document document) {
		return "documents/" + document.id() + "-" + document.name();
	}

	private void entry(ZipOutputStream zip, String name, Object content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(content));
		zip.closeEntry();
	}

	/** The organization's documents, oldest first. */
	@Transactional(readOnly = true)
	public List<Document> documents(UUID id) {
		return documents.findByOrganizationIdOrderByUploadedAt(id);
	}

	/**
	 * Checks, cleans (metadata stripped) and stores a document encrypted under the organization's file key. If the
	 * transaction does not commit, the stored file is deleted again, so no file is left without its record.
	 * Throws {@link org.tandem.privacy.files.UploadRejectedException} with a message key when refused.
	 */
	@Transactional
	public Document addDocument(UUID id, String fileName, java.io.InputStream content) {
		get(id);
		CleanUpload clean = uploads.inspect(fileName, content);
		StoredFile stored = files.store(id, KeyPurpose.CASE, new ByteArrayInputStream(clean.content()));
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					files.delete(id, stored.id());
				}
			}
		});
		return documents.save(Document.create(id, stored.id(), clean.safeFileName(), clean.detectedType(),
				clean.size(), clock.instant()));
	}

	@Transactional
	public void removeDocument(UUID id, UUID documentId) {
		Document document = document(id, documentId);
		documents.delete(document);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				files.delete(id, document.fileId());
			}
		});
	}

	/** A document of this organization, or "not found". */
	@Transactional(readOnly = true)
	public Document document(UUID id, UUID documentId) {
		return documents.findById(documentId)
			.filter(d -> d.organizationId().equals(id))
			.orElseThrow(NotFoundException::new);
	}

	/** The decrypted content of a document; "not found" if its file is gone. */
	public java.io.InputStream content(Document document) {
		return files.open(document.organizationId(), document.fileId(), KeyPurpose.CASE)
			.orElseThrow(NotFoundException::new);
	}

	/** A member asks for everything to be destroyed now. */
	public PurgeReceipt destroyAsMember(UUID id, UUID accountId) {
		forMember(id, accountId);
		return purges.purge(id, org.tandem.privacy.PurgeReason.ORGANIZATION_REQUEST);
	}

	/** Staff destroy an organization's data (for example at its request by another channel). */
	public PurgeReceipt destroyAsStaff(UUID id) {
		get(id);
		return purges.purge(id, org.tandem.privacy.PurgeReason.STAFF);
	}

	/** Destroys an organization's data when its retention period ended; nothing happens if it is gone already. */
	public void destroyForRetention(UUID id) {
		if (find(id).isPresent()) {
			purges.purge(id, org.tandem.privacy.PurgeReason.RETENTION);
		}
	}

	/** An organization for a pseudonym, the account its member (see {@link org.tandem.organization.Organizations#enrolPseudonym}). */
	@Transactional
	public Organization enrolPseudonym(String pseudonym, UUID accountId) {
		Organization organization = Organization.create(new Organization.Profile(pseudonym.strip(), null, null,
				org.tandem.organization.OrganizationKind.OTHER, org.tandem.organization.SizeBand.UP_TO_5, null),
				clock.instant());
		organization.addMember(accountId, clock.instant());
		return organizations.save(organization);
	}

	/** A member with the name to show. */
	public record MemberView(UUID accountId, String username, String displayName, Member member) {
	}

}
