package io.docuelevate.interfaces.rest.dto;

/**
 * {@code pagination}: where a page is, the total over all pages and the absolute URLs of its neighbours
 * ({@code null} at the ends).
 */
public record PaginationDto(int page, int perPage, long total, int pages, String next, String previous) {}
