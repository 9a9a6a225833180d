package fr.allervers.territory;

import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Geometry;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PlaceRepository extends JpaRepository<Place, Long> {

    /** Every place of the consortium, archived ones included: plans and reports still name those. */
    List<Place> findByConsortium(Consortium consortium);

    List<Place> findByConsortiumAndArchivedAtIsNull(Consortium consortium);

    /** The places in use, the ones planners and layers offer. */
    default List<Place> findActive(Consortium consortium) {
        return findByConsortiumAndArchivedAtIsNull(consortium);
    }

    Optional<Place> findByIdAndConsortium(Long id, Consortium consortium);

    Optional<Place> findByConsortiumAndRef(Consortium consortium, String ref);

    @Query("select p from Place p where p.consortium = :consortium and p.archivedAt is null"
            + " and st_intersects(p.location, :area) = true order by p.ref")
    List<Place> findActiveIntersecting(@Param("consortium") Consortium consortium, @Param("area") Geometry area);
}
