package fr.allervers.editor;

import java.net.URI;
import java.util.List;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

import fr.allervers.security.AuditTrail;
import tools.jackson.databind.JsonNode;

/**
 * The REST endpoints every kind of item shares, under the path of its subclass:
 * {@code GET /} (in use; {@code ?archived=true} adds the archived ones), {@code GET /{id}}, {@code POST /} (201),
 * {@code PUT /{id}} with the version read (409 when stale), {@code DELETE /{id}} (204 deleted, or 200 archived
 * when something names it), {@code PUT /{id}/archive} and {@code DELETE /{id}/archive} (restore). Reads are for the
 * field and coordinators, writes for coordinators (SecurityConfig). Every change goes to the audit trail: who,
 * when, which item, never its content.
 */
abstract class ItemController<V extends ItemView> {

    static final String CREATE = "CREATE";
    static final String UPDATE = "UPDATE";
    static final String ARCHIVE = "ARCHIVE";
    static final String RESTORE = "RESTORE";
    static final String DELETE = "DELETE";

    private final ItemEditor<?, V> editor;
    private final AuditTrail auditTrail;
    private final String path;

    ItemController(ItemEditor<?, V> editor, AuditTrail auditTrail, String path) {
        this.editor = editor;
        this.auditTrail = auditTrail;
        this.path = path;
    }

    /** Called before confidential data leaves (115 hotels): the read itself is audited. */
    void beforeRead(String resource) {
    }

    @GetMapping
    List<V> list(@RequestParam(defaultValue = "false") boolean archived) {
        beforeRead(path + (archived ? "?archived=true" : ""));
        return editor.list(archived);
    }

    @GetMapping("/{id}")
    V get(@PathVariable long id) {
        V item = editor.get(id);
        beforeRead(path + "/" + id);
        return item;
    }

    @PostMapping
    ResponseEntity<V> create(@RequestBody JsonNode body) {
        V created = editor.create(new EditorRequest(body));
        String resource = path + "/" + created.id();
        auditTrail.record(CREATE, resource);
        return ResponseEntity.created(URI.create(resource)).body(created);
    }

    @PutMapping("/{id}")
    V update(@PathVariable long id, @RequestBody JsonNode body) {
        V updated;
        try {
            updated = editor.update(id, new EditorRequest(body));
        } catch (ObjectOptimisticLockingFailureException e) {
            // Written by someone else between our read and our write: same answer as a stale version.
            beforeRead(path + "/" + id);
            throw new StaleVersionException(capitalizedNoun(), editor.get(id));
        } catch (StaleVersionException e) {
            beforeRead(path + "/" + id);
            throw e;
        }
        auditTrail.record(UPDATE, path + "/" + id);
        return updated;
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Removal<V>> remove(@PathVariable long id) {
        Removal<V> removal;
        try {
            removal = editor.remove(id);
        } catch (DataIntegrityViolationException e) {
            // Something this service does not list still names the item: keep it, archived.
            removal = Removal.archived(editor.archive(id), List.of("d'autres données enregistrées"));
        }
        auditTrail.record(removal.archived() ? ARCHIVE : DELETE, path + "/" + id);
        return removal.archived() ? ResponseEntity.ok(removal) : ResponseEntity.noContent().build();
    }

    @PutMapping("/{id}/archive")
    V archive(@PathVariable long id) {
        V archived = editor.archive(id);
        auditTrail.record(ARCHIVE, path + "/" + id);
        return archived;
    }

    @DeleteMapping("/{id}/archive")
    V restore(@PathVariable long id) {
        V restored = editor.restore(id);
        auditTrail.record(RESTORE, path + "/" + id);
        return restored;
    }

    private String capitalizedNoun() {
        String noun = editor.noun();
        return Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
    }
}
