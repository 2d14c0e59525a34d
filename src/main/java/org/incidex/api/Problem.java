package org.incidex.api;

/**
 * An RFC 9457 problem document, the body of every error answer ({@code application/problem+json}).
 *
 * @param type     a URI naming the problem kind (relative to this API)
 * @param title    short, the same for every occurrence of the kind
 * @param status   the HTTP status
 * @param detail   what went wrong this time, for a person to act on
 * @param instance the request path
 */
public record Problem(String type, String title, int status, String detail, String instance) {
    public static final String CONTENT_TYPE = "application/problem+json";
}
