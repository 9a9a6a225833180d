// The header of every page, written here once: the skip link, the name of the application (back to the landing
// page), the views (and, for admins, the administration's), the signed-in user, the link to change one's own
// password and the logout button. A page holds only an empty <header class="site">
// as the first element of its body; page.js fills it before the page's own code runs. The user and the logout
// button are wired by session.js.
import { el } from '../dom.js';

/** The views of the menu, in its order. */
export const VIEWS = [
  { path: '/planification.html', label: 'Planification' },
  { path: '/ma-journee.html', label: 'Ma journée' },
  { path: '/financeur.html', label: 'Couverture (financeurs)' },
];

/** The administration's views, added to the menu for admins only (session.js). */
export const ADMIN_VIEWS = [
  { path: '/premiers-pas.html', label: 'Premiers pas' },
  { path: '/administration.html', label: 'Administration' },
];

function viewItem({ path, label }) {
  const link = el('a', { href: path, textContent: label });
  if (location.pathname === path) link.setAttribute('aria-current', 'page');
  return el('li', {}, link);
}

/** Fills the page's <header class="site"> and puts the skip link before it. */
export function renderHeader(header = document.querySelector('header.site')) {
  if (!header) throw new Error('la page n’a pas de <header class="site"> à remplir');
  const items = VIEWS.map(viewItem);
  const nav = el('nav', {}, el('ul', {}, items));
  nav.setAttribute('aria-label', 'Vues');
  header.replaceChildren(
    el('h1', {}, el('a', { href: '/', textContent: 'Aller-Vers' })),
    nav,
    el('span', { id: 'utilisateur', className: 'user' }),
    // Every signed-in user changes their own password there; shown by session.js once signed in.
    el('a', { id: 'mon-mot-de-passe', className: 'no-print', href: '/mot-de-passe.html', textContent: 'Mon mot de passe',
      hidden: true }),
    // Hidden until session.js knows there is a session to end.
    el('form', { id: 'deconnexion', className: 'no-print', method: 'post', action: '/logout', hidden: true },
      el('button', { type: 'submit', className: 'secondary small', textContent: 'Se déconnecter' })));
  if (!document.querySelector('.skip-link')) {
    header.before(el('a', { className: 'skip-link', href: '#contenu', textContent: 'Aller au contenu' }));
  }
  return header;
}

/** Adds views at the end of the menu (the administration's, for admins). */
export function addViews(views, header = document.querySelector('header.site')) {
  header.querySelector('nav ul').append(...views.map(viewItem));
}

/**
 * Hides the views not in `paths`, in the menu and in the landing page's cards (the server sends another role
 * back to its own view anyway; the pages just do not offer them).
 */
export function offerOnly(paths, header = document.querySelector('header.site')) {
  [...header.querySelectorAll('nav a'), ...document.querySelectorAll('main ul.cards > li > a')].forEach((a) => {
    a.parentElement.hidden = !paths.includes(a.getAttribute('href'));
  });
}
