// Accessible on/off switches for the map layers: real checkboxes with labels, in a fieldset, each with its
// legend swatch. A layer module is switched by adding or removing its layerGroup.
export function layerSwitcher(container, map, entries) {
  const fieldset = document.createElement('fieldset');
  fieldset.className = 'layer-switcher';
  const legend = document.createElement('legend');
  legend.textContent = 'Couches affichées';
  fieldset.appendChild(legend);
  const boxes = {};
  entries.forEach(({ layer, swatch, checked = true }) => {
    const id = 'couche-' + layer.name;
    const label = document.createElement('label');
    label.htmlFor = id;
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.id = id;
    box.checked = checked;
    box.addEventListener('change', () => (box.checked ? layer.group.addTo(map) : layer.group.remove()));
    const mark = document.createElement('span');
    mark.className = 'swatch swatch-' + (swatch || layer.name);
    mark.setAttribute('aria-hidden', 'true');
    const text = document.createElement('span');
    text.className = 'layer-label';
    text.textContent = layer.label;
    const count = document.createElement('span');
    count.className = 'layer-count';
    count.id = id + '-nombre';
    label.append(box, mark, text, count);
    fieldset.appendChild(label);
    if (checked) layer.group.addTo(map);
    boxes[layer.name] = { box, count };
  });
  container.appendChild(fieldset);
  return {
    /**
     * Shows how many features a layer holds next to its name; an empty layer says why instead of « (0) » when
     * `whyEmpty` is given.
     */
    setCount(name, n, whyEmpty) {
      if (!boxes[name]) return;
      boxes[name].count.textContent = n === 0 && whyEmpty ? ' — ' + whyEmpty : ' (' + n + ')';
      boxes[name].count.classList.toggle('empty', n === 0 && Boolean(whyEmpty));
    },
  };
}
