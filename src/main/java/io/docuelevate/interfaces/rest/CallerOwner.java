package io.docuelevate.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * Whose documents the current caller may see, handed to every document query. Until authentication
 * exists every caller sees every document (the reference's single-user mode); per-user isolation is then
 * a matter of answering the caller's owner id here.
 */
@RequestScoped
public class CallerOwner {

    /** The owner to restrict document queries to; empty means no restriction. */
    public Optional<String> documentFilter() {
        return Optional.empty();
    }
}
