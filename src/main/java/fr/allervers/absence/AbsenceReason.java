package fr.allervers.absence;

/**
 * Why someone or a van is away. Deliberately coarse: a coordinator needs to know that TS-2 is away, not why in
 * detail, and a free-text field would invite health details that have no place here.
 */
public enum AbsenceReason {
    SICK_LEAVE("arrêt maladie", true, false),
    TRAINING("formation", true, false),
    HOLIDAY("congés", true, false),
    BREAKDOWN("panne", false, true),
    SERVICING("entretien", false, true),
    OTHER("autre", true, true);

    private final String french;
    private final boolean forStaff;
    private final boolean forVans;

    AbsenceReason(String french, boolean forStaff, boolean forVans) {
        this.french = french;
        this.forStaff = forStaff;
        this.forVans = forVans;
    }

    public String french() {
        return french;
    }

    boolean forStaff() {
        return forStaff;
    }

    boolean forVans() {
        return forVans;
    }
}
