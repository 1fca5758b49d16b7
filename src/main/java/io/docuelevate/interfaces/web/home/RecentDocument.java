package io.docuelevate.interfaces.web.home;

/**
 * One line of the start page's recent documents, ready to render: the name to show, when it arrived (formatted
 * for the viewer's language), its derived status ({@code completed}, {@code failed}...) and the step it is at.
 */
public record RecentDocument(long id, String name, String createdAt, String status, String lastStep) {}
