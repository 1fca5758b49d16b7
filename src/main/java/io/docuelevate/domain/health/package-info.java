/**
 * Health of one component and the probe port each checked component implements.
 */
package io.docuelevate.domain.health;
