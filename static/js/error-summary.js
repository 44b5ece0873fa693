// The error summary at the top of a form takes focus when the page comes back with problems (the USWDS and
// GOV.UK pattern): a screen reader reads it at once and Tab goes through its links to the fields. A file of its
// own, as the Content-Security-Policy allows no inline script.
document.addEventListener('DOMContentLoaded', function () {
  var summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
  }
});
