// Onboarding pages: a live character count under text areas with data-counter, a preview of the chosen
// logo, and the reject dialog opened again when its reason came back with an error.
(function () {
  'use strict';

  document.querySelectorAll('textarea[data-counter]').forEach(function (area) {
    var counter = document.getElementById(area.getAttribute('data-counter'));
    var max = area.getAttribute('maxlength');
    var update = function () {
      counter.textContent = area.value.length + ' / ' + max;
    };
    area.addEventListener('input', update);
    update();
  });

  document.querySelectorAll('input[type=file][data-preview]').forEach(function (input) {
    var preview = document.getElementById(input.getAttribute('data-preview'));
    var placeholder = document.getElementById('logo-placeholder');
    var maxBytes = Number(input.getAttribute('data-max-bytes'));
    var tooLarge = document.getElementById(input.getAttribute('data-too-large'));
    input.addEventListener('change', function () {
      var file = input.files && input.files[0];
      // A file over the cap is refused here rather than sent: the server would refuse it anyway.
      var oversize = Boolean(file && maxBytes && file.size > maxBytes);
      if (tooLarge) { tooLarge.classList.toggle('d-none', !oversize); }
      input.classList.toggle('is-invalid', oversize);
      if (oversize) {
        input.value = '';
        file = null;
      }
      if (!file || !/^image\/(png|jpeg)$/.test(file.type)) {
        preview.classList.add('d-none');
        if (placeholder) { placeholder.classList.remove('d-none'); }
        return;
      }
      var reader = new FileReader();
      reader.onload = function () {
        preview.src = reader.result;
        preview.classList.remove('d-none');
        if (placeholder) { placeholder.classList.add('d-none'); }
      };
      reader.readAsDataURL(file);
    });
  });

  document.addEventListener('DOMContentLoaded', function () {
    var dialog = document.querySelector('.modal[data-open-on-load]');
    if (dialog && window.bootstrap) {
      window.bootstrap.Modal.getOrCreateInstance(dialog).show();
    }
  });
})();
