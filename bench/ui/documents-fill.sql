-- Fills the documents table for bench/ui/run.sh: :n documents of :'owner' (plus :n / 5 of another owner, so the
-- owner filter has something to leave out), each with list metadata and a finished pipeline; every 50th failed.
-- Usage: psql -v n=100000 -v owner=bench-user -f bench/ui/documents-fill.sql
\set ON_ERROR_STOP on
BEGIN;
INSERT INTO files (owner_id, filehash, original_filename, local_filename, file_size, mime_type, is_duplicate,
                   legal_hold, is_private, document_title, meta_correspondent, meta_document_type,
                   meta_document_date, meta_tags, created_at)
SELECT CASE WHEN g <= :n THEN :'owner' ELSE 'someone-else' END,
       md5(g::text) || md5((g * 7)::text),
       'scan-' || g || '.pdf',
       'bench-' || g || '.pdf',
       20000 + (g * 7919) % 5000000,
       'application/pdf',
       FALSE, FALSE, FALSE,
       (ARRAY['Invoice', 'Letter', 'Contract', 'Receipt', 'Statement'])[1 + g % 5] || ' ' || substr(md5(g::text), 1, 10),
       'Correspondent ' || (g * 31) % 500,
       (ARRAY['Invoice', 'Letter', 'Contract', 'Receipt', 'Statement'])[1 + g % 5],
       DATE '2015-01-01' + (g * 13) % 3650,
       '|tag' || g % 40 || '|tag' || (g + 7) % 40 || '|',
       now() - make_interval(mins => g)
FROM generate_series(1, :n + :n / 5) AS g;
INSERT INTO file_processing_steps (file_id, step_name, status, started_at, completed_at, error_message, created_at, updated_at)
SELECT id, 'extract_text', CASE WHEN id % 50 = 0 THEN 'failure' ELSE 'success' END, created_at, created_at,
       CASE WHEN id % 50 = 0 THEN 'bench: unreadable' END, created_at, created_at
FROM files WHERE local_filename LIKE 'bench-%';
INSERT INTO file_processing_steps (file_id, step_name, status, started_at, completed_at, created_at, updated_at)
SELECT id, 'finalize_pipeline', 'success', created_at, created_at, created_at, created_at
FROM files WHERE local_filename LIKE 'bench-%' AND id % 50 <> 0;
COMMIT;
ANALYZE files;
ANALYZE file_processing_steps;
