// The half-days of a week as a grid of real checkboxes (days in rows, morning and afternoon in columns): opening of
// a place, availability of a person or a van. Its value is the server's canonical text, "MON-AM,MON-PM,TUE-AM".
const DAYS = [['MON', 'Lundi'], ['TUE', 'Mardi'], ['WED', 'Mercredi'], ['THU', 'Jeudi'], ['FRI', 'Vendredi'],
  ['SAT', 'Samedi'], ['SUN', 'Dimanche']];
const HALVES = [['AM', 'matin'], ['PM', 'après-midi']];

/** A fieldset for `name` with the legend `label`; `.value` reads and writes the canonical text. */
export function halfDaysField(name, label) {
  const fieldset = document.createElement('fieldset');
  fieldset.className = 'half-days';
  fieldset.dataset.field = name;
  const legend = document.createElement('legend');
  legend.textContent = label;
  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  head.append(cell('th', 'Jour'), ...HALVES.map(([, text]) => cell('th', text)));
  const body = table.createTBody();
  const boxes = [];
  DAYS.forEach(([day, dayLabel]) => {
    const row = body.insertRow();
    const th = cell('th', dayLabel);
    th.scope = 'row';
    row.append(th);
    HALVES.forEach(([half, halfLabel]) => {
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.value = day + '-' + half;
      box.id = 'jours-' + name + '-' + box.value;
      box.setAttribute('aria-label', dayLabel + ' ' + halfLabel);
      boxes.push(box);
      const td = document.createElement('td');
      td.append(box);
      row.append(td);
    });
  });
  const shortcuts = document.createElement('p');
  shortcuts.className = 'half-days-shortcuts';
  shortcuts.append(shortcut('Du lundi au vendredi', () => set('MON-AM,MON-PM,TUE-AM,TUE-PM,WED-AM,WED-PM,THU-AM,THU-PM,FRI-AM,FRI-PM')),
    ' ', shortcut('Tout décocher', () => set('')));
  fieldset.append(legend, table, shortcuts);

  function set(canonical) {
    const wanted = new Set(String(canonical || '').split(',').filter(Boolean));
    boxes.forEach((box) => { box.checked = wanted.has(box.value); });
  }

  return {
    element: fieldset,
    focus: () => boxes[0].focus(),
    get value() { return boxes.filter((b) => b.checked).map((b) => b.value).join(','); },
    set value(canonical) { set(canonical); },
  };
}

function cell(tag, text) {
  const element = document.createElement(tag);
  element.textContent = text;
  return element;
}

function shortcut(text, action) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'secondary small';
  button.textContent = text;
  button.addEventListener('click', action);
  return button;
}

/** "lun. matin, lun. après-midi …" is long: "Lundi à vendredi" style summary for lists. */
export function halfDaysSummary(canonical) {
  const slots = new Set(String(canonical || '').split(',').filter(Boolean));
  if (!slots.size) return 'aucune demi-journée';
  const parts = DAYS.filter(([day]) => slots.has(day + '-AM') || slots.has(day + '-PM')).map(([day, label]) => {
    const am = slots.has(day + '-AM'), pm = slots.has(day + '-PM');
    return label.substring(0, 3).toLowerCase() + '.' + (am && pm ? '' : am ? ' matin' : ' après-midi');
  });
  return parts.join(', ');
}
