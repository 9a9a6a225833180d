// "Horaires publics" on the planning page: the coordinator opens or closes the territory's public schedule
// (publicschedule) and finds its address and the iframe code for a mairie's website.
import { api, describeError } from '../api.js';
import { statusArea } from './status.js';

/** Wires the section (a <details>); `show(territory)` follows the territory chosen on the page. */
export function setUpPublicSchedule(section) {
  const inSection = (id) => section.querySelector('#' + id);
  const box = inSection('horaires-publics-actifs');
  const links = inSection('horaires-publics-liens');
  const status = statusArea(inSection('horaires-publics-statut'));
  let territory = null;

  /** @param {import('../api-shapes.js').PublicScheduleSwitch} state */
  function render(state) {
    box.checked = state.enabled;
    links.hidden = !state.enabled;
    inSection('horaires-publics-page').href = state.url;
    inSection('horaires-publics-iframe').value = '<iframe src="' + state.embedUrl
      + '" title="Permanences d’aller-vers" width="100%" height="600" loading="lazy"></iframe>';
  }

  async function show(chosen) {
    territory = chosen;
    status.clear();
    if (!territory) return;
    try {
      render(await api.publicSchedule.get(territory.id));
    } catch (e) {
      status.error(describeError('Horaires publics', e));
    }
  }

  box.addEventListener('change', async () => {
    if (!territory) return;
    const wanted = box.checked;
    box.disabled = true;
    try {
      render(await api.publicSchedule.set(territory.id, wanted));
      status.ok(wanted ? 'Horaires publics ouverts : la page est en ligne.' : 'Horaires publics fermés : la page répond « introuvable ».');
    } catch (e) {
      box.checked = !wanted;
      status.error(describeError('Horaires publics', e));
    } finally {
      box.disabled = false;
    }
  });

  return { show };
}
