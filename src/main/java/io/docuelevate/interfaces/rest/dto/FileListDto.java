package io.docuelevate.interfaces.rest.dto;

import java.util.List;

/** {@code GET /api/files}: {@code {"files": [...], "pagination": {...}}}. */
public record FileListDto(List<FileDto> files, PaginationDto pagination) {}
