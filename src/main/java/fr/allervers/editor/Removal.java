package fr.allervers.editor;

import java.util.List;

/**
 * What {@code DELETE} did: deleted an item that nothing names, or archived one that a plan, an absence or an
 * account still names ({@code usedBy}, in French).
 *
 * @param item the archived item as it is now; null when deleted
 */
record Removal<V>(boolean archived, List<String> usedBy, V item) {

    static <V> Removal<V> deleted() {
        return new Removal<>(false, List.of(), null);
    }

    static <V> Removal<V> archived(V item, List<String> usedBy) {
        return new Removal<>(true, List.copyOf(usedBy), item);
    }
}
