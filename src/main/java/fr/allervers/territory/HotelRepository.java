package fr.allervers.territory;

import java.util.List;

import org.locationtech.jts.geom.Geometry;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface HotelRepository extends JpaRepository<Hotel, Long> {

    List<Hotel> findByConsortium(Consortium consortium);

    @Query("select h from Hotel h where h.consortium = :consortium and st_intersects(h.location, :area) = true order by h.ref")
    List<Hotel> findIntersecting(@Param("consortium") Consortium consortium, @Param("area") Geometry area);
}
