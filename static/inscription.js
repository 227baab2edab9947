// Enrolment forms (the session page's "Inscrire un stagiaire", the record's "ajouter
// une session"): the CAF and CLI numbers are shown only for the RSA, and on the
// session page the trainee is found while their name is typed (the server answers
// with a short list). Without JavaScript every field shows and the search button
// reloads the page with the results; the server checks everything either way.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('form[data-financement]').forEach(function (form) {
    var statut = form.querySelector('select[name="statut_financement"]');
    if (!statut) return;
    var champs = form.querySelectorAll('[data-rsa]');
    function montrer() {
      // A field the server refused stays in sight.
      champs.forEach(function (c) { c.hidden = statut.value !== 'rsa' && !c.querySelector('[aria-invalid]'); });
    }
    statut.addEventListener('change', montrer);
    montrer();
  });

  var q = document.getElementById('q-stagiaire');
  var choix = document.getElementById('stagiaire_id');
  var etat = document.getElementById('recherche-etat');
  if (!q || !choix || !etat || !q.getAttribute('data-url')) return;
  var minuterie = null;
  var demande = '';
  function afficher(texte, reponse) {
    if (texte !== demande) return;  // a newer search is on its way
    while (choix.options.length > 1) choix.remove(1);
    reponse.stagiaires.forEach(function (s) {
      var o = document.createElement('option');
      o.value = s.id;
      o.textContent = s.libelle;
      choix.appendChild(o);
    });
    if (reponse.stagiaires.length === 1) choix.selectedIndex = 1;
    var trouves = reponse.total + (reponse.total > 1 ? ' stagiaires trouvés' : ' stagiaire trouvé');
    if (reponse.total === 0) etat.textContent = 'Aucun stagiaire non inscrit ne correspond à « ' + texte + ' ».';
    else if (reponse.total > reponse.stagiaires.length)
      etat.textContent = trouves + ', les ' + reponse.stagiaires.length + ' premiers dans la liste : précisez la recherche.';
    else etat.textContent = trouves + ' : choisissez dans la liste.';
  }
  function chercher() {
    var texte = q.value.trim();
    if (texte.length < 2 || texte === demande) return;
    demande = texte;
    fetch(q.getAttribute('data-url') + '?q=' + encodeURIComponent(texte),
          {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
      .then(function (r) {
        if (!r.ok) throw new Error(String(r.status));
        return r.json();
      })
      .then(function (reponse) { afficher(texte, reponse); })
      .catch(function () {
        etat.textContent = 'La recherche n\'a pas abouti : utilisez le bouton « Rechercher ».';
      });
  }
  q.addEventListener('input', function () {
    clearTimeout(minuterie);
    minuterie = setTimeout(chercher, 250);
  });
});
