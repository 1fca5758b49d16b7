package io.docuelevate.deployment;

/** A container image reference split the way registries read it: name, optional tag, optional digest. */
record ImageReference(String name, String tag, String digest) {

    static ImageReference parse(String reference) {
        String rest = reference.trim();
        String digest = null;
        int at = rest.indexOf('@');
        if (at >= 0) {
            digest = rest.substring(at + 1);
            rest = rest.substring(0, at);
        }
        // A ':' after the last '/' is a tag; before it, it is a registry port (registry:5000/app).
        int colon = rest.lastIndexOf(':');
        String tag = null;
        if (colon > rest.lastIndexOf('/')) {
            tag = rest.substring(colon + 1);
            rest = rest.substring(0, colon);
        }
        return new ImageReference(rest, tag, digest);
    }

    /** Pinned: an explicit tag other than "latest", or a digest. */
    boolean isPinned() {
        return digest != null || (tag != null && !tag.isBlank() && !tag.equals("latest"));
    }
}
