package fr.allervers.imports;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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
class StaffImporter implements Importer<StaffImporter.Row> {

    record Row(String ref, String label, StaffRole role, String organisation, WeeklyHalfDays availability) {
    }

    private final StaffRepository staff;
    private final OrganisationRepository organisations;

    StaffImporter(StaffRepository staff, OrganisationRepository organisations) {
        this.staff = staff;
        this.organisations = organisations;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.STAFF;
    }

    @Override
    public String describe(SourceRecord record) {
        String ref = record.text(Refs.REF);
        return ref == null ? null : "ref " + ref;
    }

    @Override
    public String key(Row row) {
        return row.ref();
    }

    @Override
    public Row parse(SourceRecord record, ImportOptions options) {
        String ref = record.required("référence", Refs.REF);
        String label = record.required("libellé", "libelle", "label", "nom", "prenom");
        try {
            StaffRole role = StaffRole.parse(record.required("rôle", "role", "metier", "fonction"));
            WeeklyHalfDays availability = WeeklyHalfDays.parse(record.text("disponibilites", "availability", "dispo"));
            return new Row(ref, label, role, record.text("structure", "organisation", "organization"), availability);
        } catch (IllegalArgumentException e) {
            throw record.reject("ref " + ref, e.getMessage());
        }
    }

    @Override
    public ImportReport save(List<Row> rows, Consortium consortium) {
        Map<String, Staff> existing = staff.findByConsortiumOrderByRef(consortium).stream()
                .collect(Collectors.toMap(Staff::getRef, Function.identity()));
        Tally tally = new Tally();
        for (Row row : rows) {
            Staff person = existing.get(row.ref());
            boolean isNew = person == null;
            if (isNew) {
                person = new Staff(consortium, row.ref());
            }
            boolean changed = person.update(row.label(), row.role(), organisation(consortium, row.organisation()),
                    row.availability());
            if (isNew) {
                staff.save(person);
            }
            tally.record(isNew, changed);
        }
        return tally.report();
    }

    private Organisation organisation(Consortium consortium, String name) {
        if (name == null) {
            return null;
        }
        return organisations.findByConsortiumAndName(consortium, name)
                .orElseGet(() -> organisations.save(new Organisation(name, consortium)));
    }
}
