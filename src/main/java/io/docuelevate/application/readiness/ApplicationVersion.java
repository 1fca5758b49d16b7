package io.docuelevate.application.readiness;

/** Port: the version of this DocuElevate build ({@code APP_VERSION}, else the build's own), as health answers show it. */
public interface ApplicationVersion {

    String version();
}
