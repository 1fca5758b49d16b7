/**
 * The document world without technology: entities, value objects, pure rules and the ports (repository
 * and adapter interfaces) the outer layers implement. Depends on the JDK and Jakarta Persistence
 * annotations only.
 */
package io.docuelevate.domain;
