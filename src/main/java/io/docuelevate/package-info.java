/**
 * DocuElevate for Jakarta EE: a document processing server. Four layers, dependencies pointing inward
 * (checked by {@code LayerRulesTest}): {@code interfaces} → {@code application} → {@code domain}, with
 * {@code infrastructure} implementing the ports of the inner two.
 */
package io.docuelevate;
