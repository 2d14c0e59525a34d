package org.incidex.api;

/** An error answer decided by a controller: status, problem type and a detail for the user. */
public class ApiException extends RuntimeException {
    private final int status;
    private final String type;
    private final String title;

    public ApiException(int status, String type, String title, String detail) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    public static ApiException notFound(String detail) {
        return new ApiException(404, "/problems/not-found", "Not found", detail);
    }

    public static ApiException badRequest(String detail) {
        return new ApiException(400, "/problems/invalid-request", "Invalid request", detail);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }
}
