package fr.allervers.publicschedule;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import fr.allervers.system.PublicUrl;

/**
 * {@code PUT/GET /api/territories/{id}/public-schedule}: the coordinator opens or closes the territory's public
 * schedule, and reads whether it is open with its public address.
 */
@RestController
class PublicScheduleSwitchController {

    /** @param enabled true to open the public schedule, false to close it */
    record SwitchRequest(Boolean enabled) {
    }

    /**
     * @param url the public page, to give to partners (absolute, from {@code allervers.public-url})
     * @param embedUrl the same for an iframe on a mairie's website
     */
    record SwitchView(long territoryId, boolean enabled, java.time.OffsetDateTime changedAt, String url,
                      String embedUrl) {
    }

    private final PublicScheduleSwitch scheduleSwitch;
    private final PublicUrl publicUrl;

    PublicScheduleSwitchController(PublicScheduleSwitch scheduleSwitch, PublicUrl publicUrl) {
        this.scheduleSwitch = scheduleSwitch;
        this.publicUrl = publicUrl;
    }

    @PutMapping("/api/territories/{id}/public-schedule")
    SwitchView set(@PathVariable long id, @RequestBody SwitchRequest request) {
        if (request == null || request.enabled() == null) {
            throw new IllegalArgumentException("enabled manquant : indiquez {\"enabled\":true} pour ouvrir les"
                    + " horaires publics, {\"enabled\":false} pour les fermer");
        }
        return view(scheduleSwitch.set(id, request.enabled()));
    }

    @GetMapping("/api/territories/{id}/public-schedule")
    SwitchView get(@PathVariable long id) {
        return view(scheduleSwitch.get(id));
    }

    private SwitchView view(PublicScheduleSwitch.State state) {
        String url = publicUrl.builder().path("/public/territories/{id}").buildAndExpand(state.territoryId())
                .toUriString();
        return new SwitchView(state.territoryId(), state.enabled(), state.changedAt(), url, url + "/embed");
    }
}
