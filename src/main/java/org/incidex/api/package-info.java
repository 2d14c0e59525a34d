/** The Javalin HTTP server: thin controllers over the search service, errors as application/problem+json, the browser UI as static files. */
package org.incidex.api;
