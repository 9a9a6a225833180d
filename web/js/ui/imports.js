// The import form of the planning page: sends the file, then says what was created, or exactly which feature
// of the file is refused and why (RFC 9457 body: detail, feature, key, reason).
import { api, ApiError } from '../api.js';
import { statusArea } from './status.js';

export function setUpImportForm(form, onImported) {
  const status = statusArea(form.querySelector('.status'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const kind = form.elements.kind.value;
    const file = form.elements.file.files[0];
    if (!file) {
      status.error('Choisissez un fichier à importer.');
      return;
    }
    const button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    status.info('Import de « ' + file.name + ' » en cours…');
    try {
      const report = await api.importFile(kind, file, form.elements.crs.value.trim());
      const repaired = report.repaired && report.repaired.length
        ? ' Géométries réparées : ' + report.repaired.length + '.' : '';
      // Items archived in the territory editor are never brought back by a file: the report names them.
      const skipped = report.skipped && report.skipped.length
        ? ' Ignorés : ' + report.skipped.map((s) => s.key + ' (' + s.reason + ')').join(', ') + '.' : '';
      status.ok('Import réussi : ' + report.created + ' créé(s), ' + report.updated + ' mis à jour, '
        + report.unchanged + ' inchangé(s).' + repaired + skipped);
      onImported(kind);
    } catch (e) {
      status.error(importErrorText(file.name, e));
    } finally {
      button.disabled = false;
    }
  });
}

export function importErrorText(fileName, error) {
  if (!(error instanceof ApiError) || error.status !== 400) {
    return 'Import de « ' + fileName + ' » impossible : ' + error.message;
  }
  const p = error.problem;
  const where = p.feature ? ' Entité n° ' + p.feature + (p.key ? ' (« ' + p.key + ' »)' : '') + ' :' : '';
  return 'Fichier « ' + fileName + ' » refusé, rien n’a été importé.' + where + ' ' + (p.reason || p.detail || error.message);
}
