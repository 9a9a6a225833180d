package fr.allervers.system;

import static fr.allervers.system.Problems.problem;

import java.util.stream.Collectors;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** The French problem bodies of the refusals Spring MVC raises itself, whose default details are in English. */
final class FrenchProblems {

    private FrenchProblems() {
    }

    static ProblemDetail of(Exception e, HttpStatusCode code) {
        HttpStatus status = HttpStatus.resolve(code.value());
        status = status == null ? HttpStatus.BAD_REQUEST : status;
        if (e instanceof HttpRequestMethodNotSupportedException m) {
            return problem(status, "methode-non-acceptee",
                    "Méthode non acceptée", "la méthode " + m.getMethod() + " n'est pas acceptée à cette adresse"
                            + (m.getSupportedHttpMethods() == null ? "" : " (acceptées : "
                                    + m.getSupportedHttpMethods().stream().map(Object::toString)
                                            .collect(Collectors.joining(", ")) + ")"));
        }
        if (e instanceof HttpMediaTypeNotSupportedException m) {
            return problem(status, "type-non-accepte", "Type de contenu refusé",
                    "type de contenu non accepté : " + m.getContentType() + " (attendu : "
                            + m.getSupportedMediaTypes().stream().map(Object::toString)
                                    .collect(Collectors.joining(", ")) + ")");
        }
        if (e instanceof HttpMediaTypeNotAcceptableException m) {
            return problem(status, "format-indisponible",
                    "Format indisponible", "aucun des formats de réponse demandés (en-tête Accept) n'est disponible");
        }
        if (e instanceof MissingServletRequestParameterException m) {
            return problem(status, "bad-request", "Requête invalide",
                    "paramètre obligatoire manquant : « " + m.getParameterName() + " »");
        }
        if (e instanceof MissingServletRequestPartException m) {
            return problem(status, "bad-request", "Requête invalide",
                    "partie obligatoire manquante dans le formulaire : « " + m.getRequestPartName() + " »");
        }
        if (e instanceof ServletRequestBindingException m) {
            return problem(status, "bad-request", "Requête invalide",
                    "requête incomplète : un paramètre ou un en-tête obligatoire manque");
        }
        if (e instanceof TypeMismatchException m) {
            return problem(status, "bad-request", "Requête invalide",
                    "valeur illisible" + (m.getPropertyName() == null ? "" : " pour « " + m.getPropertyName() + " »")
                            + " : « " + m.getValue() + " »");
        }
        if (e instanceof NoHandlerFoundException m) {
            return problem(status, "not-found", "Introuvable",
                    "adresse inconnue : " + m.getRequestURL());
        }
        if (e instanceof NoResourceFoundException m) {
            return problem(status, "not-found", "Introuvable",
                    "adresse inconnue : /" + m.getResourcePath());
        }
        return byStatus(status);
    }

    private static ProblemDetail byStatus(HttpStatus status) {
        if (status.is5xxServerError()) {
            return problem(status, "erreur-interne", "Erreur interne",
                    "le service n'a pas pu traiter la requête ; réessayez, et signalez-le si cela se reproduit");
        }
        return problem(status, "requete-refusee", "Requête refusée", "requête refusée (statut " + status.value()
                + ") : vérifiez l'adresse, la méthode et les paramètres");
    }
}
