// « Comptes » of the administration page: create an account (role, organisation, linked staff record, a first
// password that the person changes at their first sign-in), disable and enable it, give it a temporary password.
// A temporary password is shown once, here, and never again: only its hash is kept.
import { api, describeError } from '../api.js';
import { actionButton, el } from '../dom.js';
import { statusArea } from '../ui/status.js';

export const ROLE_LABELS = { ADMIN: 'Administration', COORDINATOR: 'Coordination', FIELD: 'Terrain', FUNDER: 'Financeur' };

export function accountsPanel({ form, table, statusElement, temporaryElement, me }) {
  const status = statusArea(statusElement);
  const body = table.querySelector('tbody');
  const field = (id) => form.querySelector('#' + id);
  let staff = [];

  async function load() {
    const [users, people] = await Promise.all([api.admin.accounts(), api.team.staff().catch(() => [])]);
    staff = people;
    fillStaff();
    render(users);
  }

  /** The organisations offered for a new account: the active ones only. */
  function offerOrganisations(active) {
    const select = field('compte-organisation');
    const current = select.value;
    select.replaceChildren(new Option('Aucune', ''), ...active.map((o) => new Option(o.name, o.name)));
    if (active.some((o) => o.name === current)) select.value = current;
  }

  function fillStaff() {
    const select = field('compte-professionnel');
    select.replaceChildren(new Option('Aucun', ''),
      ...staff.map((s) => new Option(s.label + (s.organisation ? ' — ' + s.organisation : ''), s.id)));
    syncStaffField();
  }

  function syncStaffField() {
    const fieldRole = field('compte-role').value === 'FIELD';
    const select = field('compte-professionnel');
    select.disabled = !fieldRole;
    if (!fieldRole) select.value = '';
  }

  function render(users) {
    body.replaceChildren(...users.map(row));
  }

  function row(user) {
    const tr = el('tr');
    tr.dataset.userId = user.id;
    tr.dataset.username = user.username;
    const name = el('th', { scope: 'row', textContent: user.username });
    const cells = [ROLE_LABELS[user.role] || user.role, user.organisation || '—', user.staffLabel || '—']
      .map((text) => el('td', { textContent: text }));
    const state = el('td', { className: 'state' });
    state.textContent = (user.enabled ? 'actif' : 'désactivé')
      + (user.enabled && user.mustChangePassword ? ' — mot de passe provisoire' : '');
    state.dataset.enabled = user.enabled;
    const actions = el('td', { className: 'actions' });
    const self = me && me.username === user.username;
    const toggle = actionButton(user.enabled ? 'Désactiver' : 'Réactiver', 'secondary small enable',
      () => setEnabled(user, !user.enabled));
    toggle.setAttribute('aria-label', (user.enabled ? 'Désactiver le compte « ' : 'Réactiver le compte « ') + user.username + ' »');
    const reset = actionButton('Nouveau mot de passe provisoire', 'secondary small reset', () => confirmReset(reset, user));
    reset.setAttribute('aria-label', 'Donner un mot de passe provisoire à « ' + user.username + ' »');
    if (self) {
      toggle.disabled = true;
      reset.disabled = true;
      toggle.title = reset.title = 'Votre propre compte : changez votre mot de passe sur la page « Mon mot de passe ».';
    }
    actions.append(toggle, reset);
    tr.append(name, ...cells, state, actions);
    return tr;
  }

  async function setEnabled(user, enabled) {
    try {
      await api.admin.setEnabled(user.id, enabled);
      status.ok(enabled ? 'Le compte « ' + user.username + ' » est réactivé.'
        : 'Le compte « ' + user.username + ' » est désactivé : ses sessions sont fermées et son agenda n’est plus publié.');
      await load();
    } catch (e) {
      status.error(describeError(enabled ? 'Réactiver le compte' : 'Désactiver le compte', e));
    }
  }

  /** A reset ends the person's sessions: the first press asks, the second does it. */
  function confirmReset(button, user) {
    if (button.dataset.confirm !== 'true') {
      button.dataset.confirm = 'true';
      button.textContent = 'Confirmer : ses sessions seront fermées';
      return;
    }
    resetPassword(user);
  }

  async function resetPassword(user) {
    try {
      const reset = await api.admin.resetPassword(user.id);
      showTemporary(reset.username, reset.temporaryPassword);
      status.ok('Mot de passe provisoire créé pour « ' + reset.username + ' ».');
      await load();
    } catch (e) {
      status.error(describeError('Nouveau mot de passe provisoire', e));
    }
  }

  function showTemporary(username, password) {
    const code = el('code', { className: 'password', textContent: password });
    const copy = actionButton('Copier', 'secondary small', async () => {
      try {
        await navigator.clipboard.writeText(password);
        copy.textContent = 'Copié';
      } catch (e) {
        copy.textContent = 'Sélectionnez-le et copiez-le';
      }
    });
    const hide = actionButton('J’ai transmis le mot de passe', 'small', () => {
      temporaryElement.replaceChildren();
      temporaryElement.hidden = true;
    });
    const text = el('p');
    text.append('Mot de passe provisoire de « ' + username + ' » : ', code, ' ', copy);
    const hint = el('p', { className: 'hint', textContent:
      'Transmettez-le à la personne par un moyen sûr : il ne sera plus affiché. Elle devra choisir le sien à sa '
      + 'prochaine connexion.' });
    temporaryElement.replaceChildren(text, hint, hide);
    temporaryElement.hidden = false;
    temporaryElement.focus();
  }

  field('compte-role').addEventListener('change', syncStaffField);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const submit = form.querySelector('button[type="submit"]');
    const staffId = field('compte-professionnel').value;
    const request = {
      username: field('compte-identifiant').value,
      password: field('compte-mot-de-passe').value,
      role: field('compte-role').value,
      organisation: field('compte-organisation').value || null,
      staffId: staffId ? Number(staffId) : null,
      mustChangePassword: field('compte-provisoire').checked,
    };
    submit.disabled = true;
    try {
      const created = await api.admin.createAccount(request);
      status.ok('Compte « ' + created.username + ' » créé (' + (ROLE_LABELS[created.role] || created.role) + ').'
        + (created.mustChangePassword ? ' La personne choisira son mot de passe à sa première connexion.' : ''));
      field('compte-identifiant').value = '';
      field('compte-mot-de-passe').value = '';
      await load();
    } catch (e) {
      status.error(describeError('Créer le compte', e));
    } finally {
      submit.disabled = false;
    }
  });

  return { load, offerOrganisations };
}
