-- The audit catalog (ADR 0019, "The catalog format and import"): methods and activities in SAFETAG's format, Tandem's
-- own (catalog 'tandem', shipped with the application) and those an administrator imports. Nothing here is about an
-- organization: it is published reference text, kept in the clear. Each import of a catalog is a new version, kept
-- with its credit (title, source, licence, authors) and its counts. Items are found by catalog and slug (the file's
-- name); an item that a later import no longer holds is marked retired, never deleted (audits keep the activities
-- they planned). Texts are kept per language as written (Markdown); a lower-cased search text per language serves
-- the catalog's full-text search.

create table catalog (
    id uuid not null,
    name varchar(40) not null,
    current_version integer not null,
    title varchar(200) not null,
    source varchar(500) not null,
    licence varchar(200) not null,
    content_version varchar(40) not null,
    authors varchar(2000) not null,
    constraint catalog_pk primary key (id),
    constraint catalog_name_uk unique (name)
);

create table catalog_import (
    id uuid not null,
    catalog_id uuid not null,
    version integer not null,
    title varchar(200) not null,
    source varchar(500) not null,
    licence varchar(200) not null,
    content_version varchar(40) not null,
    authors varchar(2000) not null,
    -- an administrator's account, or none when Tandem imported its own catalog at start
    imported_by uuid,
    imported_at timestamp with time zone not null,
    methods integer not null,
    activities integer not null,
    added integer not null,
    changed integer not null,
    unchanged integer not null,
    retired integer not null,
    constraint catalog_import_pk primary key (id),
    constraint catalog_import_catalog_fk foreign key (catalog_id) references catalog (id),
    -- two imports of one catalog at once: the second one fails here and writes nothing
    constraint catalog_import_version_uk unique (catalog_id, version)
);

create table catalog_method (
    id uuid not null,
    catalog_id uuid not null,
    slug varchar(120) not null,
    position integer not null,
    authors varchar(2000) not null,
    retired boolean not null,
    changed_in integer not null,
    constraint catalog_method_pk primary key (id),
    constraint catalog_method_catalog_fk foreign key (catalog_id) references catalog (id),
    constraint catalog_method_slug_uk unique (catalog_id, slug)
);

create table catalog_method_text (
    method_id uuid not null,
    language varchar(5) not null,
    title varchar(200) not null,
    summary text,
    short_summary text,
    purpose text,
    guiding_questions text,
    operational_security text,
    preparation text,
    outputs text,
    reference_list text,
    info_required text,
    info_provided text,
    search_text text not null,
    constraint catalog_method_text_pk primary key (method_id, language),
    constraint catalog_method_text_method_fk foreign key (method_id) references catalog_method (id)
);

create table catalog_activity (
    id uuid not null,
    catalog_id uuid not null,
    slug varchar(120) not null,
    position integer not null,
    -- enum names and skill slugs, comma-separated (a catalog holds a few thousand activities at most: the filters
    -- read them in memory)
    approaches varchar(100) not null,
    remote_options varchar(100) not null,
    skills_required varchar(2000) not null,
    skills_trained varchar(2000) not null,
    minutes integer,
    organization_size_under integer,
    authors varchar(2000) not null,
    retired boolean not null,
    changed_in integer not null,
    constraint catalog_activity_pk primary key (id),
    constraint catalog_activity_catalog_fk foreign key (catalog_id) references catalog (id),
    constraint catalog_activity_slug_uk unique (catalog_id, slug)
);
-- the catalog's list: by catalog and position
create index catalog_activity_position_idx on catalog_activity (catalog_id, retired, position, slug);

create table catalog_activity_text (
    activity_id uuid not null,
    language varchar(5) not null,
    title varchar(200) not null,
    summary text,
    short_summary text,
    overview text,
    materials_needed text,
    considerations text,
    walk_through text,
    recommendations text,
    tools text,
    search_text text not null,
    constraint catalog_activity_text_pk primary key (activity_id, language),
    constraint catalog_activity_text_activity_fk foreign key (activity_id) references catalog_activity (id)
);

create table catalog_method_activity (
    method_id uuid not null,
    activity_id uuid not null,
    position integer not null,
    constraint catalog_method_activity_pk primary key (method_id, activity_id),
    constraint catalog_method_activity_method_fk foreign key (method_id) references catalog_method (id),
    constraint catalog_method_activity_activity_fk foreign key (activity_id) references catalog_activity (id)
);
-- the methods that list an activity (its page)
create index catalog_method_activity_activity_idx on catalog_method_activity (activity_id);

create table catalog_skill (
    catalog_id uuid not null,
    slug varchar(120) not null,
    language varchar(5) not null,
    title varchar(200) not null,
    constraint catalog_skill_pk primary key (catalog_id, slug, language),
    constraint catalog_skill_catalog_fk foreign key (catalog_id) references catalog (id)
);
