// The logout button: shown once the session has a CSRF cookie (accounts enabled), and posting the token with
// the form as Spring Security expects.
export function setUpLogout() {
  const form = document.getElementById('deconnexion');
  if (!form) return;
  const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  if (!cookie) return;
  const input = document.createElement('input');
  input.type = 'hidden';
  input.name = '_csrf';
  input.value = decodeURIComponent(cookie.substring('XSRF-TOKEN='.length));
  form.appendChild(input);
  form.hidden = false;
}
