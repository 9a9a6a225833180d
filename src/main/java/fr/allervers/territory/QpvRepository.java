package fr.allervers.territory;

import java.util.List;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface QpvRepository extends JpaRepository<Qpv, String> {

    @Query("select q from Qpv q where st_intersects(q.geometry, :area) = true order by q.code")
    List<Qpv> findIntersecting(@Param("area") Geometry area);

    @Query("select q from Qpv q where st_contains(q.geometry, :point) = true order by q.code")
    List<Qpv> findContaining(@Param("point") Point point);
}
