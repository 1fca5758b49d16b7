-- The web document list (issue 16) sorts and filters 100,000 documents by metadata fields: copies of them in
-- their own columns (kept by Document.setAiMetadata, filled for rows stored before
-- them by DocumentListColumnsBackfill at server start, which can read the metadata JSON), and
-- indexes for each sort column, per owner (a user's list) and over all documents (an administrator's list).
-- Portable: the same script runs on H2 2.x and PostgreSQL.

ALTER TABLE files ADD COLUMN meta_correspondent VARCHAR(300);
ALTER TABLE files ADD COLUMN meta_document_type VARCHAR(300);
ALTER TABLE files ADD COLUMN meta_document_date DATE;
ALTER TABLE files ADD COLUMN meta_tags VARCHAR(1300);

CREATE INDEX ix_files_owner_created ON files (owner_id, created_at, id);
CREATE INDEX ix_files_owner_title ON files (owner_id, document_title, id);
CREATE INDEX ix_files_owner_correspondent ON files (owner_id, meta_correspondent, id);
CREATE INDEX ix_files_owner_doc_type ON files (owner_id, meta_document_type, id);
CREATE INDEX ix_files_owner_doc_date ON files (owner_id, meta_document_date, id);
CREATE INDEX ix_files_owner_size ON files (owner_id, file_size, id);
CREATE INDEX ix_files_title ON files (document_title, id);
CREATE INDEX ix_files_correspondent ON files (meta_correspondent, id);
CREATE INDEX ix_files_doc_type ON files (meta_document_type, id);
CREATE INDEX ix_files_doc_date ON files (meta_document_date, id);
CREATE INDEX ix_files_size ON files (file_size, id);
