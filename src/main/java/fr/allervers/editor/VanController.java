package fr.allervers.editor;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fr.allervers.security.AuditTrail;

/** {@code /api/vans}: see {@link ItemController} and docs/territory-editor.md. */
@RestController
@RequestMapping("/api/vans")
class VanController extends ItemController<VanEditor.VanView> {

    VanController(VanEditor editor, AuditTrail auditTrail) {
        super(editor, auditTrail, "/api/vans");
    }
}
