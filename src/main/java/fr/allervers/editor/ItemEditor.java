package fr.allervers.editor;

import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.transaction.annotation.Transactional;

import fr.allervers.territory.Consortium;
import fr.allervers.territory.ConsortiumOwned;
import fr.allervers.territory.ItemUses;

/**
 * Reading and writing one kind of territory item (places, hotels, people, vans) in the current consortium. The
 * kinds supply how a request becomes the item's fields and how the item is shown; the rules are here, once: an
 * item of another consortium is not found (404), a request is checked completely before anything is written, an
 * update carries the version it read, and deleting an item that something names archives it.
 *
 * @param <E> the entity
 * @param <V> its JSON view
 */
abstract class ItemEditor<E extends ConsortiumOwned, V> {

    private static final int MAX_REF_LENGTH = 64;

    private final EditorContext context;
    private final JpaRepository<E, Long> repository;

    ItemEditor(EditorContext context, JpaRepository<E, Long> repository) {
        this.context = context;
        this.repository = repository;
    }

    /** « le lieu », « l'hôtel » … for messages. */
    abstract String noun();

    /** Prefix of the references given to items created without one: LIEU-1, LIEU-2 … */
    abstract String refPrefix();

    abstract Optional<E> find(long id, Consortium consortium);

    /** Every item of the consortium, archived ones included, in a stable order. */
    abstract List<E> all(Consortium consortium);

    abstract Optional<E> findByRef(Consortium consortium, String ref);

    abstract E newItem(Consortium consortium, String ref);

    /** Reads and checks every field, then writes them into the item: nothing is changed when a field is refused. */
    abstract void apply(E item, EditorRequest request, Consortium consortium);

    abstract V view(E item);

    @Transactional(readOnly = true)
    public List<V> list(boolean withArchived) {
        return all(consortium()).stream().filter(item -> withArchived || !item.isArchived()).map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public V get(long id) {
        return view(require(id));
    }

    @Transactional
    public V create(EditorRequest request) {
        Consortium consortium = consortium();
        String ref = request.text("ref").map(asked -> checkedRef(asked, consortium)).orElseGet(() -> freeRef(consortium));
        E item = newItem(consortium, ref);
        apply(item, request, consortium);
        return view(repository.saveAndFlush(item));
    }

    @Transactional
    public V update(long id, EditorRequest request) {
        E item = require(id);
        long version = request.version();
        if (version != item.getVersion()) {
            throw new StaleVersionException(capitalized(noun()), view(item));
        }
        request.text("ref").filter(ref -> !ref.equals(item.getRef())).ifPresent(ref -> {
            throw new InvalidFieldException("ref", "la référence (« " + item.getRef() + " ») ne se modifie pas : c'est"
                    + " elle qui relie l'élément à vos fichiers d'import");
        });
        apply(item, request, item.getConsortium());
        return view(repository.saveAndFlush(item));
    }

    /** Deletes the item when nothing names it, archives it otherwise. */
    @Transactional
    public Removal<V> remove(long id) {
        E item = require(id);
        List<String> usedBy = context.uses.stream().map(uses -> uses.of(item)).flatMap(Optional::stream).toList();
        if (usedBy.isEmpty()) {
            repository.delete(item);
            repository.flush();
            return Removal.deleted();
        }
        item.archive(Instant.now());
        return Removal.archived(view(repository.saveAndFlush(item)), usedBy);
    }

    @Transactional
    public V archive(long id) {
        E item = require(id);
        item.archive(Instant.now());
        return view(repository.saveAndFlush(item));
    }

    @Transactional
    public V restore(long id) {
        E item = require(id);
        beforeRestore(item);
        item.restore();
        return view(repository.saveAndFlush(item));
    }

    /** A kind may refuse to bring an item back (a van whose base was archived meanwhile). */
    void beforeRestore(E item) {
    }

    E require(long id) {
        return find(id, consortium()).orElseThrow(() -> new NoSuchElementException(capitalized(noun()) + " " + id
                + " est introuvable"));
    }

    Consortium consortium() {
        return context.currentConsortium.get();
    }

    TerritoryPoints points() {
        return context.points;
    }

    private String checkedRef(String ref, Consortium consortium) {
        if (ref.length() > MAX_REF_LENGTH) {
            throw new InvalidFieldException("ref", "la référence dépasse " + MAX_REF_LENGTH + " caractères");
        }
        findByRef(consortium, ref).ifPresent(other -> {
            throw new InvalidFieldException("ref", "la référence « " + ref + " » est déjà prise" + (other.isArchived()
                    ? " par un élément archivé : restaurez-le plutôt que d'en créer un autre" : ""));
        });
        return ref;
    }

    /** The first free PREFIX-n: short, readable, and easy to type in the next spreadsheet. */
    private String freeRef(Consortium consortium) {
        for (long n = all(consortium).size() + 1; ; n++) {
            String ref = refPrefix() + "-" + n;
            if (findByRef(consortium, ref).isEmpty()) {
                return ref;
            }
        }
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
