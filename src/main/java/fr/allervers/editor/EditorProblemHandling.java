package fr.allervers.editor;

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
 * The editor's refusals as problem bodies: a refused field is named ({@code field}), a stale write carries the
 * current values ({@code current}). Limited to the editor's controllers and ordered first, ahead of the general
 * handlers of {@code system}.
 */
@RestControllerAdvice(assignableTypes = {PlaceController.class, HotelController.class, StaffController.class,
        VanController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class EditorProblemHandling {

    @ExceptionHandler(InvalidFieldException.class)
    ProblemDetail invalidField(InvalidFieldException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "saisie-refusee", "Saisie refusée", e.getMessage());
        if (e.getField() != null) {
            problem.setProperty("field", e.getField());
        }
        return problem;
    }

    @ExceptionHandler(StaleVersionException.class)
    ProblemDetail staleVersion(StaleVersionException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "version-perimee", "Modifié entre-temps", e.getMessage());
        problem.setProperty("current", e.getCurrent());
        return problem;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        ProblemDetail tooLarge = RequestSizeLimit.exceeded(e);
        if (tooLarge != null) {
            return tooLarge;
        }
        return problem(HttpStatus.BAD_REQUEST, "saisie-refusee", "Saisie refusée",
                "le corps de la requête n'est pas un JSON lisible : envoyez un objet JSON (Content-Type:"
                        + " application/json)");
    }
}
