/**
 * The web interface: Jakarta Faces pages (Facelets under {@code src/main/webapp}) and the small beans
 * behind them. Beans here translate between pages and the application services, exactly as the REST
 * resources do, and never reach the database or the REST resources themselves.
 */
package io.docuelevate.interfaces.web;
