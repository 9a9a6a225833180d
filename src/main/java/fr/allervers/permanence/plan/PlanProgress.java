package fr.allervers.permanence.plan;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import jakarta.annotation.PreDestroy;

/**
 * Live progress of the plans being solved, pushed to the browsers listening with Server-Sent Events (event
 * {@code progress}, data {@code {"id","status","score"}}). The instance solving a plan pushes each new best score at
 * once; any instance also reads the plans its browsers follow from the database every {@link #POLL_MS} ms, so that a
 * plan solved by another instance shows its checkpointed score (every {@code checkpoint-seconds}) and its end.
 */
@Component
class PlanProgress {

    record Progress(long id, PlanStatus status, String score) {
    }

    static final long POLL_MS = 1000;
    private static final long EMITTER_TIMEOUT_MS = 15 * 60 * 1000L;
    private static final Logger LOG = LoggerFactory.getLogger(PlanProgress.class);

    /** Best scores of the plans solving on this instance: fresher than the last checkpoint. */
    private final Map<Long, String> bestScores = new ConcurrentHashMap<>();
    private final Map<Long, List<SseEmitter>> listeners = new ConcurrentHashMap<>();
    /** What each followed plan's streams were last sent, so that a poll only sends what changed. */
    private final Map<Long, Progress> lastSent = new ConcurrentHashMap<>();
    private final PermanencePlanRepository plans;
    private final TransactionTemplate transactions;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "permanence-progress-poll");
        thread.setDaemon(true);
        return thread;
    });

    PlanProgress(PermanencePlanRepository plans, TransactionTemplate transactions) {
        this.plans = plans;
        this.transactions = transactions;
        poller.scheduleWithFixedDelay(this::poll, POLL_MS, POLL_MS, TimeUnit.MILLISECONDS);
    }

    /** The best score found so far by a plan solving on this instance, or null. */
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
        Progress first = new Progress(current.id(), PlanStatus.SOLVING,
                bestScores.getOrDefault(current.id(), current.score()));
        lastSent.putIfAbsent(current.id(), first);
        send(emitter, first);
        return emitter;
    }

    void publish(long planId, PlanStatus status, String score) {
        bestScores.put(planId, score);
        sendToAll(new Progress(planId, status, score));
    }

    /** The last event of a plan's solving; closes the streams. */
    void finish(long planId, PlanStatus status, String score) {
        bestScores.remove(planId);
        lastSent.remove(planId);
        List<SseEmitter> emitters = listeners.remove(planId);
        if (emitters != null) {
            emitters.forEach(emitter -> {
                send(emitter, new Progress(planId, status, score));
                emitter.complete();
            });
        }
    }

    /** Reads the followed plans from the database: the score and end of solves run by any instance. */
    void poll() {
        try {
            listeners.forEach((planId, emitters) -> {
                if (emitters.isEmpty()) {
                    listeners.remove(planId, emitters);
                    lastSent.remove(planId);
                    return;
                }
                var stored = transactions.execute(status -> plans.findStatusAndScoreById(planId).orElse(null));
                if (stored == null) {
                    finish(planId, PlanStatus.FAILED, null);
                } else if (stored.getStatus() != PlanStatus.SOLVING) {
                    finish(planId, stored.getStatus(), stored.getScore());
                } else if (!bestScores.containsKey(planId) && stored.getScore() != null) {
                    // Solving elsewhere (or not started yet here): the checkpointed score.
                    Progress progress = new Progress(planId, PlanStatus.SOLVING, stored.getScore());
                    if (!Objects.equals(lastSent.get(planId), progress)) {
                        sendToAll(progress);
                    }
                }
            });
        } catch (RuntimeException e) {
            LOG.warn("Reading the progress of the followed plans failed; tried again in {} ms", POLL_MS, e);
        }
    }

    private void sendToAll(Progress progress) {
        lastSent.put(progress.id(), progress);
        listeners.getOrDefault(progress.id(), List.of()).forEach(emitter -> {
            if (!send(emitter, progress)) {
                emitter.complete();
            }
        });
    }

    private static boolean send(SseEmitter emitter, Progress progress) {
        try {
            emitter.send(SseEmitter.event().name("progress").data(progress, MediaType.APPLICATION_JSON));
            return true;
        } catch (IOException | IllegalStateException e) {
            return false; // the browser went away
        }
    }

    @PreDestroy
    void close() {
        poller.shutdownNow();
    }
}
