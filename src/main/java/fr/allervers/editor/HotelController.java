package fr.allervers.editor;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fr.allervers.security.AuditTrail;

/**
 * {@code /api/hotels}: see {@link ItemController} and docs/territory-editor.md. Hotel locations are confidential:
 * every read is audited, as for the hotel layer.
 */
@RestController
@RequestMapping("/api/hotels")
class HotelController extends ItemController<HotelEditor.HotelView> {

    private final AuditTrail auditTrail;

    HotelController(HotelEditor editor, AuditTrail auditTrail) {
        super(editor, auditTrail, "/api/hotels");
        this.auditTrail = auditTrail;
    }

    @Override
    void beforeRead(String resource) {
        auditTrail.record(AuditTrail.READ_HOTELS, resource);
    }
}
