-- H2 gets its spatial functions (ST_Intersects, ST_Contains, ...) from H2GIS.
CREATE ALIAS IF NOT EXISTS H2GIS_SPATIAL FOR "org.h2gis.functions.factory.H2GISFunctions.load";
CALL H2GIS_SPATIAL();
