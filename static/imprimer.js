// The "Imprimer" button of the print pages (no inline script: the CSP forbids it).
document.addEventListener('DOMContentLoaded', function () {
  var bouton = document.getElementById('imprimer');
  if (bouton) bouton.addEventListener('click', function () { window.print(); });
});
