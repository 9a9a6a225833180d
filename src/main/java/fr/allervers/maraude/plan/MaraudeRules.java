package fr.allervers.maraude.plan;

import java.time.Duration;
import java.time.LocalTime;

import jakarta.persistence.Embeddable;

import fr.allervers.maraude.domain.RoundRules;

/**
 * The humane rules a plan was asked with, stored with it so that a plan solved again after a restart keeps them.
 * All null for plans stored before these rules existed: they are solved as they were.
 */
@Embeddable
public class MaraudeRules {

    private LocalTime lunchFrom;
    private LocalTime lunchTo;
    private Integer lunchMinutes;
    private Long maxWalkingMetres;
    private Integer maxFootMinutes;
    private Integer balanceWeight;

    protected MaraudeRules() {
    }

    /** @param lunchFrom null for no lunch break */
    MaraudeRules(LocalTime lunchFrom, LocalTime lunchTo, Integer lunchMinutes, Long maxWalkingMetres,
            Integer maxFootMinutes, int balanceWeight) {
        this.lunchFrom = lunchFrom;
        this.lunchTo = lunchFrom == null ? null : lunchTo;
        this.lunchMinutes = lunchFrom == null ? null : lunchMinutes;
        this.maxWalkingMetres = maxWalkingMetres;
        this.maxFootMinutes = maxFootMinutes;
        this.balanceWeight = balanceWeight;
    }

    RoundRules toRoundRules() {
        return new RoundRules(lunchFrom, lunchFrom == null ? null : lunchTo,
                lunchFrom == null ? null : Duration.ofMinutes(lunchMinutes), maxWalkingMetres,
                maxFootMinutes == null ? null : Duration.ofMinutes(maxFootMinutes),
                balanceWeight == null ? 0 : balanceWeight);
    }

    public LocalTime getLunchFrom() {
        return lunchFrom;
    }

    public LocalTime getLunchTo() {
        return lunchTo;
    }

    public Integer getLunchMinutes() {
        return lunchMinutes;
    }

    public Long getMaxWalkingMetres() {
        return maxWalkingMetres;
    }

    public Integer getMaxFootMinutes() {
        return maxFootMinutes;
    }

    public Integer getBalanceWeight() {
        return balanceWeight;
    }
}
