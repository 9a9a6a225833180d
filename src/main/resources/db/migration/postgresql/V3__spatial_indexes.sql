CREATE INDEX idx_commune_geom ON commune USING GIST (geom);
CREATE INDEX idx_qpv_geom ON qpv USING GIST (geom);
CREATE INDEX idx_place_geom ON place USING GIST (geom);
CREATE INDEX idx_hotel_geom ON hotel USING GIST (geom);
