package io.docuelevate.domain.health;

/**
 * Port for one dependency the server needs (database, work directory, Redis, search engine). A
 * critical probe that fails makes the server unable to serve; a non-critical one degrades it.
 */
public interface HealthProbe {

    /** The key under {@code checks} in health answers. */
    String name();

    boolean critical();

    /** Checks the dependency now, within a few seconds, without throwing. */
    ComponentHealth probe();
}
