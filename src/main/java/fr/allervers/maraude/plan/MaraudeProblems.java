package fr.allervers.maraude.plan;

import static fr.allervers.system.Problems.problem;

import fr.allervers.system.RequestSizeLimit;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Refusals specific to maraude plans, as RFC 9457 problems in French: an export or publication of a plan not
 * solved yet (409), a draft asked for by a field account or another team's stop (403), a check-off the plan does not
 * allow (409) and a request body that is not valid JSON for a plan (400). The other refusals use the application's
 * handling.
 */
@RestControllerAdvice(assignableTypes = {MaraudePlanController.class, MaraudeExportController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class MaraudeProblems {

    @ExceptionHandler(PlanNotReadyException.class)
    ProblemDetail notReady(PlanNotReadyException e) {
        return problem(HttpStatus.CONFLICT, "maraude-plan-not-ready", "Plan pas encore prêt", e.getMessage());
    }

    @ExceptionHandler(MaraudeAccessDeniedException.class)
    ProblemDetail forbidden(MaraudeAccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "plan-acces-refuse", "Accès refusé", e.getMessage());
    }

    @ExceptionHandler(MaraudeConflictException.class)
    ProblemDetail conflict(MaraudeConflictException e) {
        return problem(HttpStatus.CONFLICT, "maraude-plan-conflict", "Action impossible sur ce plan", e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        ProblemDetail tooLarge = RequestSizeLimit.exceeded(e);
        if (tooLarge != null) {
            return tooLarge;
        }
        return problem(HttpStatus.BAD_REQUEST, "bad-request", "Requête invalide",
                "Corps de requête illisible : JSON attendu, avec des dates AAAA-MM-JJ, des heures HH:MM, "
                        + "un mode FOOT ou CAR, un type de visite HOTEL_115, DAY_CENTRE, CAMP, STREET_HOTSPOT ou PLACE "
                        + "et, pour cocher une étape, un résultat VISITED, NOBODY_MET ou REFUSED_ENTRY.");
    }
}
