package fr.allervers.imports;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import fr.allervers.system.AllerVersProperties;

/**
 * Bounds the imports read at the same time ({@code allervers.imports.max-concurrent}). Each import may hold a file
 * of up to {@code max-bytes} and its parsed rows in memory; without this bound a few parallel uploads of large
 * files could exhaust the heap. A further import is refused at once (503) rather than queued, so that no request
 * thread waits.
 */
@Component
class ImportGate {

    private final Semaphore permits;
    private final int maxConcurrent;

    ImportGate(AllerVersProperties properties) {
        this.maxConcurrent = properties.imports().maxConcurrent();
        this.permits = new Semaphore(maxConcurrent);
    }

    <T> T run(Supplier<T> work) {
        if (!permits.tryAcquire()) {
            throw new ImportBusyException(ImportLimits.busy(maxConcurrent));
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }

    static class ImportBusyException extends RuntimeException {
        ImportBusyException(String message) {
            super(message);
        }
    }
}
