// The Leaflet map shared by every page. The tile layer comes from /api/map-config; without a tile URL the map
// has no background and the commune outlines are the base layer (offline use, tests).
import { api } from './api.js';

const L = window.L;

/** The debug handle the browser tests read: the map and each layer module, by name. */
export const debugHandle = (window.allerVers = window.allerVers || { layers: {}, errors: [] });

export async function createMap(elementId, { label } = {}) {
  const element = document.getElementById(elementId);
  const map = L.map(element, { zoomControl: true, zoomSnap: 0.25 }).setView([45.69, 4.88], 12);
  // Area layers (heatmap cells) lie under the outlines and markers, whatever order they arrive in.
  map.createPane('surfaces').style.zIndex = 350;
  element.setAttribute('role', 'region');
  element.setAttribute('aria-label', label || 'Carte du territoire');
  let config = { tileUrl: null, tileAttribution: null };
  try {
    config = await api.mapConfig();
  } catch (e) {
    // The map still works on commune outlines alone.
  }
  if (config.tileUrl) {
    // The site sends no referrer elsewhere (Referrer-Policy: same-origin); tile servers such as OpenStreetMap's
    // ask to know which site uses them, so the tiles alone name our origin (never a page's path).
    L.tileLayer(config.tileUrl, {
      attribution: config.tileAttribution || '', maxZoom: 19, referrerPolicy: 'strict-origin-when-cross-origin',
    }).addTo(map);
  }
  map.attributionControl.setPrefix(false);
  debugHandle.map = map;
  debugHandle.tiles = Boolean(config.tileUrl);
  return map;
}

/** Registers a layer module in the debug handle and returns it. */
export function register(name, layer) {
  debugHandle.layers[name] = layer;
  return layer;
}

/** The map's current view as the bbox parameter of the layer API. */
export function bboxOf(bounds) {
  return [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()]
    .map((v) => v.toFixed(5)).join(',');
}
