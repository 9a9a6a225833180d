package fr.allervers.imports;

import static fr.allervers.system.Problems.problem;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import fr.allervers.security.PlatformOperator;

/**
 * The import refusals as problem bodies. They live with the importers, not in {@code system}, so that the kernel
 * knows nothing of the features; ordered first, ahead of the general handlers of {@code system}.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ImportProblemHandling {

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

    @ExceptionHandler(PlatformOperator.NotPlatformOperatorException.class)
    ProblemDetail notPlatformOperator(RuntimeException e) {
        return problem(HttpStatus.FORBIDDEN, "reference-data", "Données de référence", e.getMessage());
    }

    @ExceptionHandler(ImportKind.UnknownImportKindException.class)
    ProblemDetail unknownKind(RuntimeException e) {
        return problem(HttpStatus.NOT_FOUND, "unknown-import-kind", "Type d'import inconnu", e.getMessage());
    }
}
