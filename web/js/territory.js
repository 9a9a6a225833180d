// Loading the territory's base layers, shared by the pages: the chosen territory's commune outlines (the base
// layer without tiles) and the bbox the other layers are asked for.
import { api } from './api.js';
import { bboxOf, debugHandle } from './map.js';

const L = window.L;

export async function fillTerritorySelect(select) {
  const territories = await api.territories();
  select.replaceChildren(...territories.map((t) => new Option(t.name, t.id)));
  const wanted = new URLSearchParams(location.search).get('territoire');
  if (wanted && territories.some((t) => String(t.id) === wanted)) select.value = wanted;
  return territories;
}

/**
 * Draws the territory's communes (style options passed to the layer) and returns the padded bbox of the
 * territory for the other layer requests.
 */
export async function loadCommunes(layer, territory, options) {
  const all = await api.layer('communes');
  const inTerritory = new Set(territory.communes.map((c) => c.insee));
  const features = all.features.filter((f) => inTerritory.has(String(f.id)) || inTerritory.has(f.properties.code));
  layer.render({ type: 'FeatureCollection', features }, options);
  const bounds = layer.bounds();
  const bbox = bounds ? bboxOf(bounds.pad(0.1)) : null;
  // The tests compare each layer with the API's answer for the same area.
  debugHandle.bbox = bbox;
  return { bounds: bounds || L.latLngBounds([[45.6, 4.8], [45.8, 5.0]]), bbox };
}
