/**
 * Fetching documents from URLs for the server (the {@link io.docuelevate.domain.intake.RemoteDocuments} port) with
 * OkHttp, which the WAR already carries. OkHttp because, unlike {@code java.net.http.HttpClient}, it lets us pin
 * name resolution ({@code Dns}: only the addresses the guard checked are returned) and create the sockets ({@code
 * SocketFactory}: the address is checked again just before {@code connect}), while TLS still verifies the host name.
 * Redirects are followed here, one hop at a time, each checked like the first URL.
 */
package io.docuelevate.infrastructure.fetch;
