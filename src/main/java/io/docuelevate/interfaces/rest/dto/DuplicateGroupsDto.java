package io.docuelevate.interfaces.rest.dto;

import io.docuelevate.application.documents.DocumentQueries.DocumentSummary;
import io.docuelevate.application.documents.DocumentQueries.DuplicateGroup;
import java.util.List;

/**
 * {@code GET /api/duplicates}: groups of exact duplicates with their totals. Page facts appear both at the
 * top level and in {@code pagination}, the two forms reference clients read.
 */
public record DuplicateGroupsDto(
        List<Group> groups,
        long totalGroups,
        long totalDuplicateFiles,
        int page,
        int perPage,
        int pages,
        PaginationDto pagination) {

    /** The original upload ({@code null} when it is gone) and the uploads found to be copies of it. */
    public record Group(String filehash, Member original, List<Member> duplicates, int duplicateCount) {

        public static Group from(DuplicateGroup group) {
            List<Member> duplicates =
                    group.duplicates().stream().map(Member::from).toList();
            return new Group(
                    group.fileHash(),
                    group.original() == null ? null : Member.from(group.original()),
                    duplicates,
                    duplicates.size());
        }
    }

    /** A document of a duplicate group. */
    public record Member(
            long id,
            String originalFilename,
            String filehash,
            long fileSize,
            String mimeType,
            boolean isDuplicate,
            Long duplicateOfId,
            String documentTitle,
            String createdAt) {

        public static Member from(DocumentSummary document) {
            return new Member(
                    document.id(),
                    document.originalFilename(),
                    document.fileHash(),
                    document.fileSize(),
                    document.mimeType(),
                    document.duplicate(),
                    document.duplicateOfId(),
                    document.documentTitle(),
                    Timestamps.iso(document.createdAt()));
        }
    }
}
