package fr.allervers.permanence.plan;

import java.net.URI;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The permanence plan API's own refusals, with a French detail (RFC 9457). */
@RestControllerAdvice(assignableTypes = {PermanencePlanController.class, MyDayController.class,
        CalendarFeedController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class PlanProblemHandling {

    @ExceptionHandler(PlanConflictException.class)
    ProblemDetail conflict(PlanConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(URI.create("https://allervers.fr/problemes/plan-conflict"));
        problem.setTitle("Plan indisponible");
        return problem;
    }

    @ExceptionHandler(PlanAccessDeniedException.class)
    ProblemDetail forbidden(PlanAccessDeniedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setType(URI.create("https://allervers.fr/problemes/plan-acces-refuse"));
        problem.setTitle("Accès refusé");
        return problem;
    }

    @ExceptionHandler(NoLinkedStaffException.class)
    ProblemDetail noLinkedStaff(NoLinkedStaffException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setType(URI.create("https://allervers.fr/problemes/compte-sans-professionnel"));
        problem.setTitle("Compte sans professionnel");
        return problem;
    }
}
