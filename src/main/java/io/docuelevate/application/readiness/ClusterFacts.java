package io.docuelevate.application.readiness;

/** Port: the live replicas, by their heartbeats. */
public interface ClusterFacts {

    ReadinessSnapshot.Replicas replicas();
}
