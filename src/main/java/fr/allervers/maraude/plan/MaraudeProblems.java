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
 * Refusals specific to maraude plans, as RFC 9457 problems in French: an export of a plan not solved yet (409)
 * and a request body that is not valid JSON for a plan (400). The other refusals use the application's handling.
 */
@RestControllerAdvice(assignableTypes = {MaraudePlanController.class, MaraudeExportController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class MaraudeProblems {

    @ExceptionHandler(PlanNotReadyException.class)
    ProblemDetail notReady(PlanNotReadyException e) {
        return problem(HttpStatus.CONFLICT, "maraude-plan-not-ready", "Plan pas encore prêt", e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        ProblemDetail tooLarge = RequestSizeLimit.exceeded(e);
        if (tooLarge != null) {
            return tooLarge;
        }
        return problem(HttpStatus.BAD_REQUEST, "bad-request", "Requête invalide",
                "Corps de requête illisible : JSON attendu, avec des dates AAAA-MM-JJ, des heures HH:MM, "
                        + "un mode FOOT ou CAR et un type de visite HOTEL_115, DAY_CENTRE, CAMP, STREET_HOTSPOT ou PLACE.");
    }
}
