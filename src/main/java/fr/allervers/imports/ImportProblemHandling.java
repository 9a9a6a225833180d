package fr.allervers.imports;

import static fr.allervers.system.Problems.problem;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
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

    /** Above allervers.imports.max-bytes: the same body as any refused file, with 413. */
    @ExceptionHandler(ImportTooLargeException.class)
    ProblemDetail tooLarge(ImportTooLargeException e) {
        ProblemDetail problem = problem(HttpStatus.CONTENT_TOO_LARGE, "import-too-large", "Fichier trop volumineux",
                e.getMessage());
        problem.setProperty("reason", e.getReason());
        return problem;
    }

    @ExceptionHandler(ImportGate.ImportBusyException.class)
    ResponseEntity<ProblemDetail> busy(ImportGate.ImportBusyException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "30")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "import-busy", "Imports en cours", e.getMessage()));
    }

    @ExceptionHandler(ImportKind.UnknownImportKindException.class)
    ProblemDetail unknownKind(RuntimeException e) {
        return problem(HttpStatus.NOT_FOUND, "unknown-import-kind", "Type d'import inconnu", e.getMessage());
    }
}
