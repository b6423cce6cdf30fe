-- Evidence may live in an S3-compatible object store instead of this table (ADR 0016).
-- Each content row says where its bytes are: here ('database') or in the bucket under its
-- SHA-256 ('s3'). Rows of both kinds live side by side while a store is being moved.
alter table document_content add column store varchar(10) not null default 'database';
alter table document_content alter column content drop not null;
alter table document_content drop constraint document_content_size_check;
alter table document_content add constraint document_content_stored check (
    size_bytes > 0 and (
        (store = 'database' and content is not null and size_bytes = octet_length(content))
        or (store = 's3' and content is null)));

create index document_content_store_idx on document_content (store, sha256);
