package fr.allervers.permanence.plan;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live progress of the plans being solved: the best score so far, kept in memory for polling, and pushed to the
 * browsers listening with Server-Sent Events (event {@code progress}, data {@code {"id","status","score"}}).
 */
@Component
class PlanProgress {

    record Progress(long id, PlanStatus status, String score) {
    }

    private static final long EMITTER_TIMEOUT_MS = 15 * 60 * 1000L;

    private final Map<Long, String> bestScores = new ConcurrentHashMap<>();
    private final Map<Long, List<SseEmitter>> listeners = new ConcurrentHashMap<>();

    /** The best score found so far by a running plan, or null when it is not running. */
    String bestScore(long planId) {
        return bestScores.get(planId);
    }

    SseEmitter subscribe(Progress current) {
        SseEmitter emitter = new SseEmitter(EMITTER_TIMEOUT_MS);
        if (current.status() != PlanStatus.SOLVING) {
            send(emitter, current);
            emitter.complete();
            return emitter;
        }
        List<SseEmitter> emitters = listeners.computeIfAbsent(current.id(), id -> new CopyOnWriteArrayList<>());
        emitters.add(emitter);
        emitter.onCompletion(() -> emitters.remove(emitter));
        emitter.onTimeout(() -> emitters.remove(emitter));
        send(emitter, new Progress(current.id(), PlanStatus.SOLVING,
                bestScores.getOrDefault(current.id(), current.score())));
        return emitter;
    }

    void publish(long planId, PlanStatus status, String score) {
        bestScores.put(planId, score);
        listeners.getOrDefault(planId, List.of()).forEach(emitter -> {
            if (!send(emitter, new Progress(planId, status, score))) {
                emitter.complete();
            }
        });
    }

    /** The last event of a plan's solving; closes the streams. */
    void finish(long planId, PlanStatus status, String score) {
        bestScores.remove(planId);
        List<SseEmitter> emitters = listeners.remove(planId);
        if (emitters != null) {
            emitters.forEach(emitter -> {
                send(emitter, new Progress(planId, status, score));
                emitter.complete();
            });
        }
    }

    /** A subscriber that arrived between the status read and the end of solving: close it with the final state. */
    void finishIfDone(long planId, Progress finalState) {
        if (finalState.status() != PlanStatus.SOLVING) {
            finish(planId, finalState.status(), finalState.score());
        }
    }

    private static boolean send(SseEmitter emitter, Progress progress) {
        try {
            emitter.send(SseEmitter.event().name("progress").data(progress, MediaType.APPLICATION_JSON));
            return true;
        } catch (IOException | IllegalStateException e) {
            return false; // the browser went away
        }
    }
}
