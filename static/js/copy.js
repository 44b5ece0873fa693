// A "Copy" button after each shortened code (a SHA-256 shown by its first characters, data-copy holding the whole
// value): copies the whole value. Without script, or where the browser gives no clipboard (a page not served over
// HTTPS), there is no button and the whole value stays in the code's title and for screen readers. The button's
// words come from this script tag's data attributes (messages.properties, through the layout).
(function () {
  var script = document.currentScript;
  document.addEventListener('DOMContentLoaded', function () {
    if (!script || !navigator.clipboard || !window.isSecureContext) {
      return;
    }
    var label = script.getAttribute('data-copy-label');
    var copied = script.getAttribute('data-copied-label');
    document.querySelectorAll('code[data-copy]').forEach(function (code) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'usa-button usa-button--unstyled font-body-3xs margin-left-1 liaison-copy';
      button.textContent = label;
      button.addEventListener('click', function () {
        navigator.clipboard.writeText(code.getAttribute('data-copy')).then(function () {
          button.textContent = copied;
          setTimeout(function () { button.textContent = label; }, 2000);
        });
      });
      code.parentNode.appendChild(button);
    });
  });
})();
