package fr.allervers.editor;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fr.allervers.security.AuditTrail;

/** {@code /api/places}: see {@link ItemController} and docs/territory-editor.md. */
@RestController
@RequestMapping("/api/places")
class PlaceController extends ItemController<PlaceEditor.PlaceView> {

    PlaceController(PlaceEditor editor, AuditTrail auditTrail) {
        super(editor, auditTrail, "/api/places");
    }
}
