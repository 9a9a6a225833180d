package fr.allervers.system;

import static fr.allervers.system.Problems.problem;

import java.util.NoSuchElementException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import fr.allervers.imports.ImportKind;
import fr.allervers.imports.ImportRejectedException;

/** Every refusal becomes an RFC 9457 {@code application/problem+json} body that says what to fix, in French. */
@RestControllerAdvice
class ProblemHandling extends ResponseEntityExceptionHandler {

    @ExceptionHandler(ImportRejectedException.class)
    ProblemDetail importRejected(ImportRejectedException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "import-rejected", "Fichier refusé", e.getMessage());
        if (e.getFeature() != null) {
            problem.setProperty("feature", e.getFeature());
        }
        if (e.getKey() != null) {
            problem.setProperty("key", e.getKey());
        }
        problem.setProperty("reason", e.getReason());
        return problem;
    }

    @ExceptionHandler(ImportKind.UnknownImportKindException.class)
    ProblemDetail unknownKind(RuntimeException e) {
        return problem(HttpStatus.NOT_FOUND, "unknown-import-kind", "Type d'import inconnu", e.getMessage());
    }

    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail notFound(NoSuchElementException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Introuvable", e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "bad-request", "Requête invalide", e.getMessage());
    }
}
