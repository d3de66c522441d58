// The credit data upload: the progress bar follows the file going up; the report replaces the result area.
(function () {
  'use strict';
  var bar = document.getElementById('upload-progress');
  if (!bar) {
    return;
  }
  var working = document.getElementById('upload-working');
  document.addEventListener('htmx:xhr:loadstart', function () { bar.value = 0; });
  document.addEventListener('htmx:xhr:progress', function (event) {
    if (event.detail.lengthComputable && event.detail.total > 0) {
      bar.value = Math.round(event.detail.loaded * 100 / event.detail.total);
      // The file is up: the server now checks and stores it.
      working.hidden = event.detail.loaded < event.detail.total;
    }
  });
  document.addEventListener('htmx:afterRequest', function () {
    bar.value = 100;
    working.hidden = true;
  });
})();
