package fr.allervers.system;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** The RFC 9457 bodies of every refusal: a type under https://allervers.fr/problemes/, a French title and detail. */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://allervers.fr/problemes/" + type));
        problem.setTitle(title);
        return problem;
    }
}
