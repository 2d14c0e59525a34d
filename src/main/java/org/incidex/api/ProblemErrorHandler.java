package org.incidex.api;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Jetty's own error answers (requests refused before they reach Javalin: an ambiguous or malformed URI such as
 * {@code /../etc/passwd} or {@code %00}, headers over the limit, a URI too long) as {@code application/problem+json}
 * with the same security headers as every other answer, instead of Jetty's HTML page. Says nothing about the server
 * beyond the status and Jetty's one-line reason. Thread-safe: stateless.
 */
final class ProblemErrorHandler extends ErrorHandler {
    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        HttpFields.Mutable headers = response.getHeaders();
        securityHeaders(headers);
        headers.put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
        response.write(true, body(code, message, request.getHttpURI().getPath()), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        securityHeaders(fields);
        fields.put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
        return body(status, reason, null);
    }

    private static void securityHeaders(HttpFields.Mutable headers) {
        headers.put(new HttpField("Content-Security-Policy", IncidexServer.CSP));
        headers.put(new HttpField("X-Content-Type-Options", "nosniff"));
        headers.put(new HttpField("X-Frame-Options", "DENY"));
        headers.put(new HttpField("Referrer-Policy", "no-referrer"));
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
    }

    private static ByteBuffer body(int status, String reason, String path) {
        String title = HttpStatus.getMessage(status);
        String detail = reason == null || reason.isBlank() ? title : reason;
        Problem p = new Problem("/problems/http-" + status, title, status, detail, path);
        return ByteBuffer.wrap(HtmlSafeJson.write(p).getBytes(StandardCharsets.UTF_8));
    }
}
