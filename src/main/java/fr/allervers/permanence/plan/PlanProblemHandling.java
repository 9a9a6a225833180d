package fr.allervers.permanence.plan;

import java.net.URI;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The permanence plan API's own refusal: 409 with a French detail (RFC 9457). */
@RestControllerAdvice(assignableTypes = PermanencePlanController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PlanProblemHandling {

    @ExceptionHandler(PlanConflictException.class)
    ProblemDetail conflict(PlanConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(URI.create("https://allervers.fr/problemes/plan-conflict"));
        problem.setTitle("Plan indisponible");
        return problem;
    }
}
