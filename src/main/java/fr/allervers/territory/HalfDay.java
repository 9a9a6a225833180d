package fr.allervers.territory;

/** Permanences are held by half-day: the morning (matin) or the afternoon (après-midi). */
public enum HalfDay {
    AM, PM
}
