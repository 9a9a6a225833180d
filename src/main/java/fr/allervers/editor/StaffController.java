package fr.allervers.editor;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fr.allervers.security.AuditTrail;

/** {@code /api/staff}: see {@link ItemController} and docs/territory-editor.md. */
@RestController
@RequestMapping("/api/staff")
class StaffController extends ItemController<StaffEditor.StaffView> {

    StaffController(StaffEditor editor, AuditTrail auditTrail) {
        super(editor, auditTrail, "/api/staff");
    }
}
