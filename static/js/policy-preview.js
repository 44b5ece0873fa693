// The request form's "What each agency's policy says" (templates/policies/preview.html) follows the choices as
// they are made: when the type, an agency or an item changes, the section is asked again from the server (the
// GET route in its data-preview-url) and its body, an aria-live region, is replaced. Without script the form's
// "Check what each agency shares" button does the same with a round trip. A file of its own: the
// Content-Security-Policy allows no inline script.
document.addEventListener('DOMContentLoaded', function () {
  var section = document.getElementById('policy-preview');
  var form = section && section.closest('form');
  if (!form || !section.dataset.previewUrl || !window.fetch || !window.DOMParser) {
    return;
  }
  var asked = 0;

  function refresh() {
    var query = new URLSearchParams();
    ['type', 'recipients', 'items'].forEach(function (name) {
      form.querySelectorAll('input[name="' + name + '"]:checked').forEach(function (input) {
        query.append(name, input.value);
      });
    });
    var mine = ++asked;
    fetch(section.dataset.previewUrl + '?' + query.toString(), {credentials: 'same-origin'})
      .then(function (response) {
        return response.ok ? response.text() : null;
      })
      .then(function (html) {
        if (html === null || mine !== asked) {
          return; // refused or outdated by a later choice: the section stays as it was
        }
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('policy-preview-body');
        var body = document.getElementById('policy-preview-body');
        if (fresh && body) {
          body.replaceChildren.apply(body, Array.from(fresh.childNodes).map(function (node) {
            return document.importNode(node, true);
          }));
        }
      })
      .catch(function () {
        // offline or the server is away: the button still asks for the preview
      });
  }

  form.addEventListener('change', function (event) {
    var name = event.target && event.target.name;
    if (name === 'type' || name === 'recipients' || name === 'items') {
      refresh();
    }
  });
  refresh(); // the hint for the script's way, or the preview of a draft as it stands
});
