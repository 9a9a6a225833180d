package fr.allervers.editor;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Service;

import fr.allervers.territory.Consortium;
import fr.allervers.territory.Organisation;
import fr.allervers.territory.OrganisationRepository;
import fr.allervers.territory.Staff;
import fr.allervers.territory.StaffRepository;
import fr.allervers.territory.StaffRole;
import fr.allervers.territory.WeeklyHalfDays;

/**
 * The consortium's professionals: the label colleagues know them by (never a beneficiary's data), their role,
 * their member organisation and the half-days of the week they can be in the field ({@code lun-ven},
 * {@code lun-am mar mer-am}). A colleague who leaves is archived: past plans keep their name.
 */
@Service
class StaffEditor extends ItemEditor<Staff, StaffEditor.StaffView> {

    record StaffView(Long id, String ref, long version, String label, StaffRole role, String roleLabel,
            Long organisationId, String organisation, String availability,
            boolean archived, Instant archivedAt) implements ItemView {
    }

    private final StaffRepository staff;
    private final OrganisationRepository organisations;

    StaffEditor(EditorContext context, StaffRepository staff, OrganisationRepository organisations) {
        super(context, staff);
        this.staff = staff;
        this.organisations = organisations;
    }

    @Override
    String noun() {
        return "le professionnel";
    }

    @Override
    String refPrefix() {
        return "PRO";
    }

    @Override
    Optional<Staff> find(long id, Consortium consortium) {
        return staff.findByIdAndConsortium(id, consortium);
    }

    @Override
    List<Staff> all(Consortium consortium) {
        return staff.findByConsortiumOrderByRef(consortium);
    }

    @Override
    Optional<Staff> findByRef(Consortium consortium, String ref) {
        return staff.findByConsortiumAndRef(consortium, ref);
    }

    @Override
    Staff newItem(Consortium consortium, String ref) {
        return new Staff(consortium, ref);
    }

    @Override
    void apply(Staff person, EditorRequest request, Consortium consortium) {
        String label = request.requiredText("label", "le libellé", 200);
        StaffRole role = request.parsed("role", StaffRole::parse).orElseThrow(() -> new InvalidFieldException("role",
                "le rôle est obligatoire (champ « role » : SOCIAL_WORKER, EMPLOYMENT_COUNSELLOR, PSYCHOLOGIST,"
                        + " MEDIATOR)"));
        Organisation organisation = request.whole("organisationId").map(id -> organisations.findById(id)
                .filter(o -> Objects.equals(o.getConsortium().getId(), consortium.getId()))
                .orElseThrow(() -> new InvalidFieldException("organisationId", "structure " + id
                        + " inconnue dans votre consortium"))).orElse(null);
        if (organisation != null && organisation.isArchived() && (person.getOrganisation() == null
                || !organisation.getId().equals(person.getOrganisation().getId()))) {
            // Kept where already given (the person's history stays true), never newly given.
            throw new InvalidFieldException("organisationId", "la structure « " + organisation.getName()
                    + " » est archivée : choisissez-en une autre ou réactivez-la dans l'administration");
        }
        WeeklyHalfDays availability = request.parsed("availability", WeeklyHalfDays::parse)
                .orElseGet(WeeklyHalfDays::workingWeek);
        person.update(label, role, organisation, availability);
    }

    @Override
    StaffView view(Staff person) {
        Organisation organisation = person.getOrganisation();
        return new StaffView(person.getId(), person.getRef(), person.getVersion(), person.getLabel(), person.getRole(),
                person.getRole().label(), organisation == null ? null : organisation.getId(),
                organisation == null ? null : organisation.getName(), person.getAvailability().canonical(),
                person.isArchived(), person.getArchivedAt());
    }
}
