CREATE SPATIAL INDEX idx_commune_geom ON commune (geom);
CREATE SPATIAL INDEX idx_qpv_geom ON qpv (geom);
CREATE SPATIAL INDEX idx_place_geom ON place (geom);
CREATE SPATIAL INDEX idx_hotel_geom ON hotel (geom);
