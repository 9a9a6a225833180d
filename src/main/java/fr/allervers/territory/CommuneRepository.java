package fr.allervers.territory;

import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CommuneRepository extends JpaRepository<Commune, String> {

    @Query("select c from Commune c where st_intersects(c.geometry, :area) = true order by c.insee")
    List<Commune> findIntersecting(@Param("area") Geometry area);

    @Query("select c from Commune c where st_contains(c.geometry, :point) = true")
    List<Commune> findContaining(@Param("point") Point point);

    default Optional<Commune> findFirstContaining(Point point) {
        return findContaining(point).stream().findFirst();
    }
}
