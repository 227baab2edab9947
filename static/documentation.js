// "envoi documentation": shows the total size of the chosen attachments as they
// are picked (the server checks the 2 MB limit anyway).
document.addEventListener('DOMContentLoaded', function () {
  var form = document.getElementById('envoi');
  var sortie = document.getElementById('total-pieces');
  if (!form || !sortie) return;
  var max = parseInt(sortie.getAttribute('data-max'), 10);
  function lisible(octets) {
    if (octets < 1024) return octets + ' octets';
    if (octets < 1024 * 1024) return Math.round(octets / 1024) + ' ko';
    return (octets / 1048576).toFixed(1).replace('.', ',') + ' Mo';
  }
  function total() {
    var somme = 0;
    form.querySelectorAll('input[name="document_id"]:checked').forEach(function (c) {
      somme += parseInt(c.getAttribute('data-octets'), 10) || 0;
    });
    form.querySelectorAll('input[name="piece_jointe"]').forEach(function (f) {
      for (var i = 0; i < f.files.length; i++) somme += f.files[i].size;
    });
    sortie.textContent = lisible(somme) + (somme > max ? ' — trop lourd : ' + lisible(max) + ' au plus' : '');
    sortie.className = somme > max ? 'erreur-champ' : '';
  }
  form.addEventListener('change', total);
  total();
});
