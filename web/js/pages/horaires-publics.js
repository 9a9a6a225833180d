// The public schedule page and poster (publicschedule): the print button, and on the page a plain map of the stops
// — Leaflet without a tile layer (no third party sees the visitor), the communes' outlines under numbered dots. The
// list on the page says the same in text, so the map is a help, never the only way.
const handle = (window.allerVers = window.allerVers || { layers: {}, errors: [] });

const STATUS = { PLANNED: 'prévue', CANCELLED: 'annulée', MOVED: 'déplacée' };

function printButton() {
  const button = document.getElementById('imprimer');
  if (button) button.addEventListener('click', () => window.print());
}

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`${url} : ${response.status}`);
  return response.json();
}

async function drawMap(element) {
  const L = window.L;
  const map = L.map(element, { zoomControl: true, scrollWheelZoom: false }).setView([46.6, 2.4], 6);
  map.attributionControl.setPrefix(false);
  const [communes, permanences] = await Promise.all([
    getJson(element.dataset.communes), getJson(element.dataset.source)]);
  const outlines = L.geoJSON(communes, {
    style: { color: '#1e3a8a', weight: 2, fillColor: '#dbeafe', fillOpacity: 0.5 },
  }).addTo(map);
  const commune = element.dataset.commune;
  const places = new Map();
  for (const p of permanences) {
    if (commune && p.communeInsee !== commune) continue;
    const key = `${p.lon},${p.lat}`;
    if (!places.has(key)) places.set(key, { ...p, dates: [] });
    places.get(key).dates.push(p);
  }
  const stops = L.featureGroup();
  for (const place of places.values()) {
    const held = place.dates.some((d) => d.status === 'PLANNED');
    const marker = L.circleMarker([place.lat, place.lon], {
      radius: 9, color: '#ffffff', weight: 2, fillColor: held ? '#b3261e' : '#475569', fillOpacity: 1,
    });
    const next = place.dates.slice(0, 3).map((d) => `${d.date} ${d.start}–${d.end} (${STATUS[d.status]})`);
    const tooltip = document.createElement('div');
    const name = document.createElement('strong');
    name.textContent = `${place.placeName}, ${place.communeName}`;
    tooltip.append(name);
    for (const line of next) {
      const row = document.createElement('div');
      row.textContent = line;
      tooltip.append(row);
    }
    marker.bindTooltip(tooltip);
    stops.addLayer(marker);
  }
  stops.addTo(map);
  // The chosen commune whole, or every stop of the territory.
  const chosen = commune ? outlines.getLayers().filter((l) => l.feature.properties.insee === commune) : [];
  const bounds = chosen.length ? L.featureGroup(chosen).getBounds()
    : (stops.getLayers().length ? stops.getBounds() : outlines.getBounds());
  if (bounds.isValid()) map.fitBounds(bounds, { padding: [20, 20], maxZoom: 15 });
  handle.map = map;
  handle.layers.arrets = { count: () => stops.getLayers().length };
  handle.layers.communes = { count: () => outlines.getLayers().length };
}

async function start() {
  printButton();
  const element = document.getElementById('carte');
  if (element && window.L) {
    try {
      await drawMap(element);
    } catch (e) {
      element.replaceChildren(Object.assign(document.createElement('p'), {
        className: 'note', textContent: 'La carte n’a pas pu être chargée ; la liste ci-dessous reste à jour.',
      }));
      handle.errors.push(String(e.message || e));
    }
  }
  handle.ready = true;
}

start();
