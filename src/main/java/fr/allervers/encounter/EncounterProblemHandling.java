package fr.allervers.encounter;

import static fr.allervers.system.Problems.problem;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Encounters of another organisation, refused to a field account, from {@code POST /api/encounters}, its
 * retractions and {@code POST /api/imports/encounters} alike (the import goes through the import controller).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class EncounterProblemHandling {

    @ExceptionHandler(OtherOrganisationException.class)
    ProblemDetail otherOrganisation(OtherOrganisationException e) {
        ProblemDetail problem = problem(HttpStatus.FORBIDDEN, "structure-d-un-autre", "Structure d'un autre compte",
                e.getMessage());
        if (e.getFeature() != null) {
            problem.setProperty("feature", e.getFeature());
        }
        return problem;
    }
}
