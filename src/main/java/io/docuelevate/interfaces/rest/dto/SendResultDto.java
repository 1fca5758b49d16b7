package io.docuelevate.interfaces.rest.dto;

import java.util.List;

/** {@code POST /api/send_to_*}: {@code queued}, what was queued, the document and the queued uploads' task ids. */
public record SendResultDto(String status, String message, long fileId, List<String> taskIds) {}
