package io.docuelevate.interfaces.web.home;

/**
 * One line of the start page's recent documents, ready to render: the name to show (its title once metadata found
 * one), the uploaded file's name when that differs, when it arrived (formatted for the viewer's language), its
 * derived status ({@code completed}, {@code failed}...) and the step it is at.
 */
public record RecentDocument(long id, String name, String filename, String createdAt, String status, String lastStep) {

    /** Whether the file's name adds something to the name shown. */
    public boolean filenameDiffers() {
        return filename != null && !filename.equals(name);
    }
}
