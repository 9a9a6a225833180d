package fr.allervers.system;

import static fr.allervers.system.Problems.problem;

import java.util.NoSuchElementException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every refusal becomes an RFC 9457 {@code application/problem+json} body that says what to fix, in French. */
@RestControllerAdvice
class ProblemHandling extends ResponseEntityExceptionHandler {

    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail notFound(NoSuchElementException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Introuvable", e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "bad-request", "Requête invalide", e.getMessage());
    }

    /** A parameter of the wrong type (a letter where an id is expected, a date that is not one). */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail wrongType(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "bad-request", "Requête invalide",
                "valeur illisible pour « " + e.getName() + " » : « " + e.getValue() + " »");
    }

    /**
     * Two writes of the same thing at the same moment (two creations with one name, a change racing a deletion):
     * the second is refused whole, nothing of it is written, and the user can try again.
     */
    @ExceptionHandler({DataIntegrityViolationException.class, ObjectOptimisticLockingFailureException.class})
    ProblemDetail concurrentWrite(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, "ecriture-concurrente", "Enregistrement concurrent",
                "une autre modification du même élément vient d'être enregistrée : rien n'a été écrit, réessayez");
    }

    /** A body that is not the JSON expected (not JSON, a text where a number is expected, an unknown role…). */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail tooLarge = RequestSizeLimit.exceeded(e);
        if (tooLarge != null) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge);
        }
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "bad-request", "Requête invalide",
                "le corps de la requête n'est pas le JSON attendu (un objet JSON, Content-Type: application/json,"
                        + " avec des valeurs du bon type) : vérifiez les champs envoyés"));
    }

    /** An upload above the servlet container's limit (a file sent without announcing its length). */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem(HttpStatus.CONTENT_TOO_LARGE,
                "requete-trop-volumineuse", "Requête trop volumineuse", "fichier trop volumineux : la limite est de "
                        + e.getMaxUploadSize() + " octets (allervers.imports.max-bytes)"));
    }

    /**
     * Every other refusal Spring answers itself (wrong method, missing parameter, unknown address…) comes with an
     * English detail such as « Failed to read request »: it is replaced here by a French one, keeping the status.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (body == null || body instanceof ProblemDetail original && !isOurs(original)) {
            body = FrenchProblems.of(e, status);
        }
        return super.handleExceptionInternal(e, body, headers, status, request);
    }

    /** The bodies built by this application: their type is under https://allervers.fr/problemes/. */
    private static boolean isOurs(ProblemDetail problem) {
        return problem.getType() != null && problem.getType().toString().startsWith("https://allervers.fr/");
    }
}
