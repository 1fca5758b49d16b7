/**
 * The S3 destination, for Amazon S3 and S3-compatible servers (MinIO, Ceph, S3Proxy, …), on the AWS SDK for Java 2
 * with the JDK's HTTP client.
 */
package io.docuelevate.infrastructure.delivery.s3;
