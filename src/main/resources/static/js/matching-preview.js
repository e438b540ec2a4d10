// Live preview of the matching settings: after each change, the form is sent to the preview address and the
// preview section is replaced with the answer. Without this script the "Preview" button does the same.
(function () {
  'use strict';
  var form = document.getElementById('settings-form');
  var preview = document.getElementById('preview');
  var button = document.getElementById('preview-settings');
  if (!form || !preview || !button || !window.fetch) {
    return;
  }
  var timer = null;
  var sent = 0;
  function refresh() {
    var mine = ++sent;
    fetch(button.getAttribute('formaction'), {
      method: 'POST',
      body: new FormData(form),
      headers: { 'X-Preview': 'only' },
      credentials: 'same-origin'
    }).then(function (response) {
      return response.ok ? response.text() : null;
    }).then(function (html) {
      if (html === null || mine !== sent) {
        return;
      }
      var parsed = new DOMParser().parseFromString(html, 'text/html').getElementById('preview');
      if (parsed) {
        preview.replaceChildren.apply(preview, Array.prototype.slice.call(parsed.childNodes));
      }
    }).catch(function () { /* the button still works */ });
  }
  form.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(refresh, 250);
  });
})();
