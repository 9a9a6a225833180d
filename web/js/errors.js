// Loaded first on every page (classic script): keeps the page's uncaught errors where the browser tests, and
// a curious developer, can read them: window.allerVers.errors.
(function () {
  var handle = (window.allerVers = window.allerVers || { layers: {}, errors: [] });
  window.addEventListener('error', function (e) {
    handle.errors.push(String(e.message || e.type) + (e.filename ? ' @ ' + e.filename + ':' + e.lineno : ''));
  }, true);
  window.addEventListener('unhandledrejection', function (e) {
    handle.errors.push('promesse rejetée : ' + (e.reason && e.reason.message ? e.reason.message : String(e.reason)));
  });
})();
