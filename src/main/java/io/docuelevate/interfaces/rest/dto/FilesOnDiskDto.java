package io.docuelevate.interfaces.rest.dto;

/** {@code files_on_disk}: whether the original upload and the processed PDF can be downloaded. */
public record FilesOnDiskDto(boolean original, boolean processed) {}
