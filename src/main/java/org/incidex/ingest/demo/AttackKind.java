package org.incidex.ingest.demo;

/** The GTD attack types the writer has templates for; anything else is written as a generic attack. */
enum AttackKind {
    BOMBING("bombing", "blast", "explosion"),
    ARMED_ASSAULT("attack", "assault", "armed attack"),
    BARRICADE("siege", "hostage siege", "attack"),
    KIDNAPPING("kidnapping", "abduction", "mass abduction"),
    ASSASSINATION("assassination", "attack", "killing"),
    HIJACKING("hijacking", "hijack", "attack"),
    FACILITY("attack", "assault", "raid"),
    UNARMED("attack", "assault", "attack"),
    OTHER("attack", "attack", "assault");

    private final String[] nouns;

    AttackKind(String... nouns) {
        this.nouns = nouns;
    }

    /** Nouns a headline may use for this kind of attack ("blast", "siege"). */
    String[] nouns() {
        return nouns.clone();
    }

    static AttackKind of(String gtdType) {
        return switch (gtdType) {
            case "Bombing/Explosion" -> BOMBING;
            case "Armed Assault" -> ARMED_ASSAULT;
            case "Hostage Taking (Barricade Incident)" -> BARRICADE;
            case "Hostage Taking (Kidnapping)" -> KIDNAPPING;
            case "Assassination" -> ASSASSINATION;
            case "Hijacking" -> HIJACKING;
            case "Facility/Infrastructure Attack" -> FACILITY;
            case "Unarmed Assault" -> UNARMED;
            default -> OTHER;
        };
    }
}
