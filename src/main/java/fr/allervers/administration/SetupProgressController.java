package fr.allervers.administration;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import fr.allervers.security.CurrentConsortium;

/** {@code GET /api/setup/progress}: the « Premiers pas » of the admin's consortium, each step done or not. */
@RestController
class SetupProgressController {

    private final SetupProgress progress;
    private final CurrentConsortium currentConsortium;

    SetupProgressController(SetupProgress progress, CurrentConsortium currentConsortium) {
        this.progress = progress;
        this.currentConsortium = currentConsortium;
    }

    @GetMapping("/api/setup/progress")
    SetupProgress.Progress progress() {
        return progress.of(currentConsortium.get().getId());
    }
}
