-- Issue 17, item 2: a PDF that PDFBox could only read by repairing it (truncated, broken cross-reference data)
-- keeps the strict parser's reason here, so the detail answer and page say the document was repaired.
-- NULL for well-formed files and for other types. Portable: the same script runs on H2 2.x and PostgreSQL.

ALTER TABLE files ADD COLUMN pdf_damage VARCHAR(500);
