-- Documents (declaration charters, minutes, photos; evidence). The content is stored once per
-- SHA-256, however many times it is uploaded; each upload is a document row of its own.

create table document_content (
    sha256     varchar(64)     primary key,
    media_type varchar(50)  not null,
    size_bytes bigint       not null,
    content    bytea        not null,
    constraint document_content_sha256_format check (sha256 ~ '^[0-9a-f]{64}$'),
    constraint document_content_media_type_check
        check (media_type in ('application/pdf', 'image/jpeg', 'image/png')),
    constraint document_content_size_check check (size_bytes > 0 and size_bytes = octet_length(content))
);

create table document (
    id             bigint generated always as identity primary key,
    work_unit_id   bigint       not null references work_unit (id),
    content_sha256 varchar(64)     not null references document_content (sha256),
    file_name      varchar(200) not null,
    uploaded_by    varchar(100) not null,
    uploaded_at    timestamptz  not null default now(),
    constraint document_file_name_safe
        check (btrim(file_name) <> '' and file_name !~ '[/\\<>:"|?*[:cntrl:]]')
);

create index document_work_unit_idx on document (work_unit_id, uploaded_at desc);
create index document_content_idx on document (content_sha256);
