package fr.allervers.setup;

import fr.allervers.territory.VanRepository;
import fr.allervers.territory.StaffRole;
import fr.allervers.territory.StaffRepository;
import fr.allervers.territory.Staff;
import fr.allervers.security.CurrentConsortium;
import java.util.List;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The consortium's professionals and vans, for the pages that declare absences, build maraude teams or record an
 * encounter (its member organisations: administration.OrganisationController).
 * Staff are colleagues, listed with the label they chose; no beneficiary appears here.
 */
@RestController
@Transactional(readOnly = true)
class TeamController {

    record StaffView(Long id, String ref, String label, StaffRole role, String roleLabel, String organisation,
            String availability) {
    }

    record VanView(Long id, String ref, String label, Long basePlaceId, String availability) {
    }

    private final StaffRepository staff;
    private final VanRepository vans;
    private final CurrentConsortium currentConsortium;

    TeamController(StaffRepository staff, VanRepository vans, CurrentConsortium currentConsortium) {
        this.staff = staff;
        this.vans = vans;
        this.currentConsortium = currentConsortium;
    }

    @GetMapping("/api/staff")
    List<StaffView> staff() {
        return staff.findByConsortiumOrderByRef(currentConsortium.get()).stream()
                .map(s -> new StaffView(s.getId(), s.getRef(), s.getLabel(), s.getRole(), s.getRole().label(),
                        s.getOrganisation() == null ? null : s.getOrganisation().getName(),
                        s.getAvailability().canonical()))
                .toList();
    }

    @GetMapping("/api/vans")
    List<VanView> vans() {
        return vans.findByConsortiumOrderByRef(currentConsortium.get()).stream()
                .map(v -> new VanView(v.getId(), v.getRef(), v.getLabel(),
                        v.getBasePlace() == null ? null : v.getBasePlace().getId(), v.getAvailability().canonical()))
                .toList();
    }
}
