package fr.allervers.permanence.plan;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import fr.allervers.system.Problems;

/** The permanence plan API's own refusals, with a French detail (RFC 9457). */
@RestControllerAdvice(assignableTypes = {PermanencePlanController.class, MyDayController.class,
        CalendarFeedController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class PlanProblemHandling {

    @ExceptionHandler(PlanConflictException.class)
    ProblemDetail conflict(PlanConflictException e) {
        return Problems.problem(HttpStatus.CONFLICT, "plan-conflict", "Plan indisponible", e.getMessage());
    }

    @ExceptionHandler(PlanAccessDeniedException.class)
    ProblemDetail forbidden(PlanAccessDeniedException e) {
        return Problems.problem(HttpStatus.FORBIDDEN, "plan-acces-refuse", "Accès refusé", e.getMessage());
    }

    @ExceptionHandler(NoLinkedStaffException.class)
    ProblemDetail noLinkedStaff(NoLinkedStaffException e) {
        return Problems.problem(HttpStatus.NOT_FOUND, "compte-sans-professionnel", "Compte sans professionnel",
                e.getMessage());
    }
}
