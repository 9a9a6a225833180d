package fr.allervers.territory;

import java.util.List;

import org.locationtech.jts.geom.Geometry;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PlaceRepository extends JpaRepository<Place, Long> {

    List<Place> findByConsortium(Consortium consortium);

    java.util.Optional<Place> findByConsortiumAndRef(Consortium consortium, String ref);

    @Query("select p from Place p where p.consortium = :consortium and st_intersects(p.location, :area) = true order by p.ref")
    List<Place> findIntersecting(@Param("consortium") Consortium consortium, @Param("area") Geometry area);
}
