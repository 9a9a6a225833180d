package fr.allervers.maraude.plan;

/** A field account asking for a draft, or checking off another team's stop: 403 with a French detail. */
class MaraudeAccessDeniedException extends RuntimeException {

    MaraudeAccessDeniedException(String message) {
        super(message);
    }
}
