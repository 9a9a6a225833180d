package fr.allervers.maraude.plan;

/**
 * An action the plan's state does not allow: publishing an infeasible plan, checking off a stop of a draft or of a
 * later day, a field account undoing a check-off of an earlier day. 409 with a French detail.
 */
class MaraudeConflictException extends RuntimeException {

    MaraudeConflictException(String message) {
        super(message);
    }
}
