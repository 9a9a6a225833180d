package fr.allervers.territory;

import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Geometry;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface HotelRepository extends JpaRepository<Hotel, Long> {

    /** Every hotel of the consortium, archived ones included: past maraude plans still name those. */
    List<Hotel> findByConsortium(Consortium consortium);

    List<Hotel> findByConsortiumAndArchivedAtIsNull(Consortium consortium);

    /** The hotels in use, the ones maraudes visit and layers show. */
    default List<Hotel> findActive(Consortium consortium) {
        return findByConsortiumAndArchivedAtIsNull(consortium);
    }

    Optional<Hotel> findByIdAndConsortium(Long id, Consortium consortium);

    Optional<Hotel> findByConsortiumAndRef(Consortium consortium, String ref);

    @Query("select h from Hotel h where h.consortium = :consortium and h.archivedAt is null"
            + " and st_intersects(h.location, :area) = true order by h.ref")
    List<Hotel> findActiveIntersecting(@Param("consortium") Consortium consortium, @Param("area") Geometry area);
}
