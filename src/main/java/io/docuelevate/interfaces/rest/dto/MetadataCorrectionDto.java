package io.docuelevate.interfaces.rest.dto;

import java.util.List;

/**
 * {@code PUT /api/files/{id}/metadata}: the corrected document, its processed file and the values that were
 * normalised on the way ({@code corrections}).
 */
public record MetadataCorrectionDto(String status, long fileId, String processedFile, List<String> corrections) {}
