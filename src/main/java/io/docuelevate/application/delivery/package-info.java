/**
 * Delivery of processed documents to destinations: which destinations a document goes to (the user's
 * integrations, else those configured by the environment), one {@code upload_to_<name>} step per destination run
 * from the durable work queue with retries, on-demand sends, and the address rule for hosts users type in.
 */
package io.docuelevate.application.delivery;
