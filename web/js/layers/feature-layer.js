// What every layer kind shares: its own L.layerGroup and an index of its features by id. A layer kind supplies
// how one feature is drawn; render() takes data and draws, nothing else.
const L = window.L;

export function featureLayer({ name, label, draw }) {
  const group = L.layerGroup();
  const byId = new Map();

  return {
    name,
    label,
    group,
    byId,
    /** Replaces what the layer shows with the features of a GeoJSON FeatureCollection. */
    render(collection, options = {}) {
      group.clearLayers();
      byId.clear();
      (collection && collection.features ? collection.features : []).forEach((feature) => {
        const layer = draw(feature, options);
        if (!layer) return;
        const id = feature.id !== undefined ? feature.id : feature.properties && feature.properties.id;
        layer.feature = feature;
        group.addLayer(layer);
        if (id !== undefined && id !== null) byId.set(String(id), layer);
      });
      return this;
    },
    get(id) {
      return byId.get(String(id));
    },
    count() {
      return group.getLayers().length;
    },
    clear() {
      group.clearLayers();
      byId.clear();
    },
    bounds() {
      const layers = group.getLayers();
      return layers.length ? L.featureGroup(layers).getBounds() : null;
    },
  };
}
