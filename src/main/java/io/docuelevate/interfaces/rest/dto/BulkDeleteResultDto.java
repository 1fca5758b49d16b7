package io.docuelevate.interfaces.rest.dto;

import java.util.List;

/** {@code POST /api/files/bulk-delete}: the deleted ids and, in addition to the reference, the ids not found. */
public record BulkDeleteResultDto(String status, String message, List<Long> deletedIds, List<Long> notFoundIds) {}
