package dev.threadlab.ui.client;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;

/** An API answer that was a problem (RFC 9457), with the field errors of an invalid scenario. */
public final class LabApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final int status;
    private final transient List<FieldError> errors;

    public LabApiException(int status, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    /** One invalid part of a scenario, by JSON path. */
    public record FieldError(String path, String message) {
    }

    static LabApiException fromProblem(int status, String body) {
        try {
            JsonNode problem = JSON.readTree(body);
            List<FieldError> errors = new ArrayList<>();
            for (JsonNode e : problem.path("errors")) {
                errors.add(new FieldError(e.path("path").asString(""), e.path("message").asString("")));
            }
            String detail = problem.path("detail").asString(problem.path("title").asString("HTTP " + status));
            return new LabApiException(status, detail, errors);
        } catch (JacksonException e) {
            return new LabApiException(status, "HTTP " + status, List.of());
        }
    }

    public int status() {
        return status;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
