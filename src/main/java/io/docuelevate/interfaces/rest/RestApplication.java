package io.docuelevate.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API under {@code /api}, with the reference system's paths and JSON field names. */
@ApplicationPath("/api")
public class RestApplication extends Application {}
