// Small behaviours shared by every page. No inline scripts: the Content-Security-Policy forbids them.
(function () {
  'use strict';

  // htmx requests carry the CSRF token from the page's meta tags.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });

  // "Get code" buttons count down 60 seconds after a code was sent.
  document.addEventListener('htmx:afterSwap', function (event) {
    var sent = event.detail.target.querySelector('[data-sent="true"]');
    var button = event.detail.requestConfig && event.detail.requestConfig.elt;
    if (!sent || !button || !button.classList.contains('xyd-sms-button')) {
      return;
    }
    var label = button.textContent;
    var template = button.getAttribute('data-countdown') || '{0}s';
    var seconds = 60;
    button.disabled = true;
    var timer = setInterval(function () {
      seconds -= 1;
      button.textContent = template.replace('{0}', seconds);
      if (seconds <= 0) {
        clearInterval(timer);
        button.disabled = false;
        button.textContent = label;
      }
    }, 1000);
    button.textContent = template.replace('{0}', seconds);
  });

  // Optional images (an institution without a logo): hide instead of showing a broken image.
  document.querySelectorAll('img[data-optional-image]').forEach(function (img) {
    if (img.complete && img.naturalWidth === 0) {
      img.style.display = 'none';
    }
    img.addEventListener('error', function () { img.style.display = 'none'; });
  });

  // Print buttons (the QR code, posters).
  document.addEventListener('click', function (event) {
    if (event.target.closest('[data-print]')) {
      window.print();
    }
  });

  // Submit buttons are disabled while a form is being sent; confirm dialogs for data-confirm buttons.
  document.addEventListener('submit', function (event) {
    var submitter = event.submitter;
    if (submitter && submitter.hasAttribute('data-confirm') && !window.confirm(submitter.getAttribute('data-confirm'))) {
      event.preventDefault();
      return;
    }
    if (event.target.hasAttribute('hx-get') || event.target.hasAttribute('hx-post')) {
      return;
    }
    if (submitter && submitter.type === 'submit') {
      setTimeout(function () { submitter.disabled = true; }, 0);
    }
  });
})();
