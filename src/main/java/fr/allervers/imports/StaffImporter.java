package fr.allervers.imports;

import java.util.List;

import org.springframework.stereotype.Component;

import fr.allervers.territory.Consortium;
import fr.allervers.territory.Organisation;
import fr.allervers.territory.OrganisationRepository;
import fr.allervers.territory.Staff;
import fr.allervers.territory.StaffRepository;
import fr.allervers.territory.StaffRole;
import fr.allervers.territory.WeeklyHalfDays;

/** Staff: {@code ref;libelle;role;structure;disponibilites}. Organisations are created by name when new. */
@Component
class StaffImporter extends ConsortiumOwnedImporter<StaffImporter.Row, Staff> {

    record Row(String ref, String label, StaffRole role, String organisation, WeeklyHalfDays availability) implements RefRow {
    }

    private final StaffRepository staff;
    private final OrganisationRepository organisations;

    StaffImporter(StaffRepository staff, OrganisationRepository organisations) {
        super(staff);
        this.staff = staff;
        this.organisations = organisations;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.STAFF;
    }

    @Override
    public Row parse(SourceRecord record, ImportOptions options) {
        String ref = record.required("référence", Refs.MAX_LENGTH, Refs.REF);
        String label = record.required("libellé", 200, "libelle", "label", "nom", "prenom");
        try {
            StaffRole role = StaffRole.parse(record.required("rôle", "role", "metier", "fonction"));
            WeeklyHalfDays availability = WeeklyHalfDays.parse(record.text("disponibilites", "availability", "dispo"));
            return new Row(ref, label, role, record.text("structure", 200, "structure", "organisation", "organization"), availability);
        } catch (IllegalArgumentException e) {
            throw record.reject("ref " + ref, e.getMessage());
        }
    }

    @Override
    List<Staff> existing(Consortium consortium) {
        return staff.findByConsortiumOrderByRef(consortium);
    }

    @Override
    Staff create(Consortium consortium, String ref) {
        return new Staff(consortium, ref);
    }

    @Override
    boolean apply(Staff entity, Row row, Consortium consortium) {
        return entity.update(row.label(), row.role(), organisation(consortium, row.organisation()), row.availability());
    }

    private Organisation organisation(Consortium consortium, String name) {
        if (name == null) {
            return null;
        }
        return organisations.findNamed(consortium, name)
                .orElseGet(() -> organisations.save(new Organisation(name, consortium)));
    }
}
