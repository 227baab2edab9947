#!/usr/bin/python3
"""Browser test of the layout of every page, for every role, at phone and desk widths.

What it checks, on every GET page each role can reach (fcgi/routes.cpp and
../shared/spec/urls.md; also the error pages 403/404 of a logged-in user, the login
page, four refused forms and the page that asks to confirm a removal), with a small
data set and a large one, in headless
Chromium at 390 px (mobile, device scale factor 2: the page's viewport declaration
applies, as on a phone) and at 1366 px (desktop):

  (a) no horizontal overflow: document.documentElement.scrollWidth is not above the
      width of the window: its clientWidth, which at 1366 px is the width less the
      vertical scroll bar when the page has one (as on a desk browser).
  (b) no element cut off: no shown box, and no run of text, whose right edge passes
      the window's, or the edge of an ancestor that cuts it (overflow hidden/clip)
      or scrolls it (overflow auto/scroll), nor whose left edge is left of the page,
      nor whose bottom is cut by an ancestor with overflow hidden.
      Each offender is the outermost one (its parent is within the limit), given
      with tag#id.classes, where it is, a text excerpt, its right edge, the limit
      and by how many px it passes it. Boxes moved out of sight on purpose (position
      absolute, left below -100 px: .invisible, .evitement) are not "shown".
      Scrolling boxes: a box that scrolls sideways on purpose (overflow-x auto or
      scroll, e.g. div.defilement around the attendance grid) is
        - a defect on the trainee's pages (a trainee on a phone must not pan a table),
        - a defect at 1366 px on every page (a desk screen has room for the table),
        - accepted on staff pages at 390 px (a "note" line says what scrolls, by how much);
      in print every scrolling box is a defect (paper does not scroll).
      Pages without a viewport declaration (the print pages) are laid out by a phone
      at 980 px and shown zoomed out: accepted for print previews (a note says so);
      their boxes are measured against the width they were laid out at (a screen page
      without the declaration fails).
  (c) every shown <input>/<select>/<textarea> (not type hidden/submit/button/reset/
      image) has an accessible label: label[for=id], a wrapping <label>, aria-label
      or aria-labelledby with text (a title or a placeholder is not a label);
  (e) every radio button and check box is drawn at its size (not stretched) and on the
      line of its label's text, near it;
  (f) every column of numbers (each filled body cell a number, a percentage or a size)
      is right-aligned, and so is its heading;
  (g) at 390 px, the site's header (body > header) takes at most a fifth of the screen;
  and once per page: (h) no table shown with its headings and no row (an empty list
  says so in words), (i) an error page of a logged-in user keeps the menu, (j) the
  menu entry of the page itself is marked aria-current="page", (k) no <input
  type=month|week> (a plain text box in Firefox and Safari), (l) on a refused form,
  every .erreur-champ message is named by its field's aria-describedby and the field
  is aria-invalid="true", (m) no id used twice (a label[for] names the first only).
  Closed <details> are opened first (a person opens them), the page scrolled to the top.
  And for the print pages (the manager's: lists, attendance sheets, welcome sheets):
  (d) with print media emulated and the window as wide as the printable width of A4
      (794 CSS px portrait, 1123 landscape, minus the left and right margins of the
      page's CSS @page rule, read from its style sheets): (a) and (b) against that
      width; then printed to PDF (Page.printToPDF, preferCSSPageSize): pdfinfo finds
      A4 in the expected orientation, pdftotext every column heading and the whole
      text of every table cell (it leaves out what the page clips), every page of a
      session's document names the session ("n° N"), and pdftotext -bbox finds no
      word in the left or right margin or off the page.
The checks are checked first: tests/browser/defauts.html holds one defect of each
kind and elements that are right; the measure must find those and only those.

Data: it logs in over HTTP as the manager (demo account responsable/demo) and builds,
through the site's forms, a large session (14 workshops over both cycles, a long
title, a tutor with a long name, 40 trainees among them some with very long names,
addresses, towns and e-mails, funding, studies, attendance validated with long
comments and a pasted link, a document in the library, a sending) and a small one
(2 workshops, 3 trainees). Two trainees (one long, one ordinary) get their login and
initial password from their welcome sheet and log in. Names carry the run's tag,
so it runs again on the same database.

Screenshots: one PNG of the whole page per page and width, one image pixel per CSS
pixel (the window's edge drawn as a dashed red line, offenders outlined in red), the
PDFs and a PNG of their first page, in $OPE_TEST_OUTPUT or tests/output/browser/layout/
(git-ignored).

Run it against a running stack (scripts/test.sh does it through CTest):

    OPE_TEST_URL=http://127.0.0.1:18080 /usr/bin/python3 tests/browser/mise_en_page.py

One Chromium, one tab per role (each in its own browser context), each page loaded
once and measured at both widths (about a minute on 2 cores). Exit status: 0 all
checks passed, 1 a check failed, 77 skipped (OPE_TEST_URL unset, or chromium /
poppler-utils missing; with OPE_TEST_REQUIRE_BROWSER=1 missing tools are a failure).
The last line is the summary "N passed, M failed", after a recap of the failures.
"""

import html
import os
import re
import sys
import time
import urllib.parse

from navigateur import (A4_PORTRAIT, FEMININS, PRENOMS, TOLERANCE, Chromium, Fatal, Results, Site, letters_for,
                        new_id, output_dir, pdf_info, pdf_text, pdf_words, run_tag, save_png, site_answers,
                        site_url_or_skip)

HERE = os.path.dirname(os.path.abspath(__file__))
MESURE_JS = open(os.path.join(HERE, "mesure.js"), encoding="utf-8").read()

PHONE = {"label": "390", "width": 390, "height": 844, "mobile": True, "scale": 2}
DESK = {"label": "1366", "width": 1366, "height": 768, "mobile": False, "scale": 1}
WIDTHS = (PHONE, DESK)
MM = 96 / 25.4  # CSS px per millimetre
A4_MM = (210, 297)
SHOT_MAX_HEIGHT = 16000  # px: Chromium's largest capture
LIST_MAX = 12  # offenders listed per check

ATELIERS = [("2031-06-02", "Accueil, présentation du parcours et des attentes de chacun", 1),
            ("2031-06-03", "Bilan de compétences et identification des savoir-faire transférables", 1),
            ("2031-06-04", "Rédiger un curriculum vitae adapté à chaque offre", 1),
            ("2031-06-05", "La lettre de motivation et le courriel de candidature", 1),
            ("2031-06-06", "Utiliser les plateformes de recherche d'emploi en ligne", 1),
            ("2031-06-09", "Simulation d'entretien d'embauche filmée", 1),
            ("2031-06-10", "Droits, aides à la mobilité et à la garde d'enfants", 1),
            ("2031-06-11", "Réseaux professionnels et candidatures spontanées", 1),
            ("2031-06-12", "Visite d'entreprise", 1),
            ("2031-06-13", "Bilan du premier cycle", 1),
            ("2031-06-16", "Approfondissement : entretiens en visioconférence", 2),
            ("2031-06-17", "Approfondissement : négocier son contrat", 2),
            ("2031-06-18", "Approfondissement : création d'activité et micro-entreprise", 2),
            ("2031-06-19", "Bilan final et suite du parcours", 2)]

LONG_COMMENT = ("Très bonne participation, mais arrivée avec quarante minutes de retard à cause des transports ; "
                "penser à vérifier l'aide à la mobilité avec la conseillère. A présenté son curriculum vitae au "
                "groupe et a aidé deux autres stagiaires à mettre en forme le leur. À revoir : la lettre de "
                "motivation pour l'offre d'agent d'accueil, trop longue, et les coordonnées de ses deux "
                "employeurs précédents.")
URL_COMMENT = ("Offre à consulter avant le prochain atelier : https://www.emploi-hauts-de-france.example.fr/"
               "offres/agent-d-accueil-polyvalent-en-structure-medico-sociale-reference-2031-06-000123456")


def long_trainee(i, tag):
    """The long ones among the 40: names, towns, addresses and e-mails as long as the
    forms take and real people have (compound names, a long unbroken surname,
    "résidence, bâtiment, escalier" addresses, long town names)."""
    low = tag.lower()
    variants = [
        {"civilite": "Mme", "nom": f"DE LA ROCHEFOUCAULD-MONTMORENCY-SAINT-AIGNAN {tag}",
         "prenom": "Marie-Bernadette-Clémentine",
         "email": f"marie-bernadette-clementine.delarochefoucauld-{low}@association-emploi-hauts-de-france.example.fr",
         "adresse": "Résidence Les Jardins de la Citadelle, bâtiment C, escalier 4, appartement 1203, "
                    "127 boulevard du Maréchal-de-Lattre-de-Tassigny",
         "ville": "Saint-Rémy-en-Bouzemont-Saint-Genest-et-Isson", "code_postal": "51290"},
        {"civilite": "M.", "nom": f"WOLFESCHLEGELSTEINHAUSENBERGERDORFF {tag}", "prenom": "Jean-Christophe",
         "email": f"jean-christophe.wolfeschlegelsteinhausenbergerdorff.{low}@exemple.fr",
         "adresse": "Chez Mme Wolfeschlegelsteinhausenbergerdorff, 3 impasse des Anciens-Combattants-d'Afrique-du-Nord",
         "ville": "Villeneuve-d'Ascq", "code_postal": "59650"},
        {"civilite": "Mme", "nom": f"N'GUESSAN-KOUADIO-ABOUBAKAR {tag}", "prenom": "Aminata-Fatoumata",
         "email": f"aminata-fatoumata.nguessan-kouadio-{low}@fournisseur-d-acces-internet.example.com",
         "adresse": "Foyer de jeunes travailleurs Les Hirondelles, chambre 214, 45 rue du Faubourg-de-Béthune",
         "ville": "Marcq-en-Barœul", "code_postal": "59700"},
    ]
    return variants[i]


def trainee_fields(i, tag):
    nom, prenom = tag + letters_for(i), PRENOMS[i % len(PRENOMS)]
    fields = {"civilite": "Mme" if prenom in FEMININS else "M.", "nom": nom, "prenom": prenom,
              "tel_portable": f"06 12 34 {10 + i:02d} {50 + i:02d}", "email": f"{nom.lower()}@exemple.fr",
              "adresse": f"{i + 1} rue des Lilas", "code_postal": "59000", "ville": "Lille",
              "date_naissance": f"{1 + i % 28:02d}/0{1 + i % 9}/19{70 + i % 30}",
              "parution_adresse": "1", "parution_telephone": "1", "parution_email": "1"}
    if i < 3:
        fields.update(long_trainee(i, tag))
        fields["tel_fixe"] = "03 20 12 34 56"
    return fields


# --------------------------------------------------------------------------- data set

def create_trainee(site, fields):
    return new_id(site.post("/emploi/stagiaires/ajouter", fields), r"/emploi/stagiaires/(\d+)")


def welcome_login(site, tid):
    """Login and initial password, read from the trainee's welcome sheet."""
    page = site.get(f"/emploi/stagiaires/{tid}/accueil")
    login = re.search(r"Identifiant\s*</dt>\s*<dd[^>]*>\s*([^<]+?)\s*</dd>", page)
    password = re.search(r"Mot de passe\s*</dt>\s*<dd[^>]*>\s*([^<]+?)\s*</dd>", page)
    if not login or not password:
        raise Fatal(f"no login or initial password on /emploi/stagiaires/{tid}/accueil")
    return html.unescape(login.group(1)), html.unescape(password.group(1))


def workshop_ids(site, sid):
    ids = [int(x) for x in re.findall(r'id="atelier-(\d+)"', site.get(f"/emploi/sessions/{sid}"))]
    if not ids:
        raise Fatal(f"no workshop (id=\"atelier-N\") on /emploi/sessions/{sid}")
    return ids


def staff_option(site, sid, login):
    """Id of a staff account in the session page's drop-down ("Prénom NOM (rôle)"),
    found through its name in the list of accounts."""
    names = {}
    for row in re.findall(r"<tr[^>]*>(.*?)</tr>", site.get("/emploi/intervenants"), re.S):
        cells = [html.unescape(re.sub(r"<[^>]+>", "", c)).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
        if len(cells) >= 3:
            names[cells[0]] = f"{cells[2]} {cells[1]}"
    for value, label in re.findall(r'<option value="(\d+)">([^<]+)</option>', site.get(f"/emploi/sessions/{sid}")):
        if login in names and html.unescape(label).startswith(names[login] + " ("):
            return int(value)
    raise Fatal(f"account {login!r} not offered on the session page /emploi/sessions/{sid}")


def build_data(site, tag):
    low = tag.lower()
    d = {"tag": tag}

    # A tutor with a long name and e-mail.
    tutor = f"tuteur-{low}"
    site.refresh_csrf("/emploi/intervenants")
    site.post("/emploi/intervenants", {
        "login": tutor, "nom": f"DUPONT-DE-LA-VILLARDIÈRE-SAINTE-COLOMBE {tag}", "prenom": "Anne-Charlotte",
        "email": f"anne-charlotte.dupont-de-la-villardiere-{low}@association-emploi-hauts-de-france.example.fr",
        "role": "tuteur", "mot_de_passe": f"Tuteur-{low}-2031"})

    site.refresh_csrf("/emploi/sessions/ajouter")
    big = new_id(site.post("/emploi/sessions/ajouter", {
        "mois": "2031-06", "intitule": "Remobilisation vers l'emploi des publics éloignés : savoirs de base, "
                                       "outils numériques, techniques de recherche d'emploi et préparation "
                                       f"aux entretiens ({tag})"}), r"/emploi/sessions/(\d+)")
    small = new_id(site.post("/emploi/sessions/ajouter", {"mois": "2031-07", "intitule": f"Petite session {tag}"}),
                   r"/emploi/sessions/(\d+)")
    d["big"], d["small"] = big, small
    site.refresh_csrf(f"/emploi/sessions/{big}")
    for date, title, cycle in ATELIERS:
        site.post(f"/emploi/sessions/{big}/ateliers", {"date": date, "intitule": title, "cycle": str(cycle)})
    for date, title in (("2031-07-07", "Rédiger son CV"), ("2031-07-08", "Préparer un entretien")):
        site.post(f"/emploi/sessions/{small}/ateliers", {"date": date, "intitule": title, "cycle": "1"})
    d["tutor_id"] = staff_option(site, big, tutor)
    for login, role in (("tuteur", "tuteur"), (tutor, "tuteur"), ("formateur", "formateur")):
        site.post(f"/emploi/sessions/{big}/intervenants", {"utilisateur_id": staff_option(site, big, login),
                                                          "role": role})
    site.post(f"/emploi/sessions/{small}/intervenants", {"utilisateur_id": staff_option(site, small, "tuteur"),
                                                        "role": "tuteur"})

    trainees = [create_trainee(site, trainee_fields(i, tag)) for i in range(40)]
    d["trainees"], d["long"] = trainees, trainees[0]
    for tid in trainees:
        site.post(f"/emploi/sessions/{big}/stagiaires", {"stagiaire_id": tid})
    short = create_trainee(site, {"civilite": "M.", "nom": f"PETIT {tag}", "prenom": "Paul",
                                  "tel_portable": "06 11 22 33 44", "email": f"paul.petit.{low}@exemple.fr",
                                  "adresse": "2 rue Nationale", "code_postal": "59000", "ville": "Lille",
                                  "parution_email": "1"})
    d["short"] = short
    for tid in (short, trainees[0], trainees[3]):
        site.post(f"/emploi/sessions/{small}/stagiaires", {"stagiaire_id": tid})

    # Funding and studies of the long record.
    site.post(f"/emploi/stagiaires/{trainees[0]}/sessions/{big}", {
        "statut_financement": "rsa", "numero_caf": "12345678901234567890", "numero_cli": "CLI-2031-000042-LILLE-MET",
        "complement_financement": "Prise en charge complémentaire des frais de transport par le conseil "
                                  "départemental, dossier en cours d'instruction"})
    for n in range(3):
        site.post(f"/emploi/stagiaires/{trainees[0]}/etudes", {
            "annee": str(2010 + n), "diplome": "Brevet de technicien supérieur en management des unités commerciales",
            "specialite": "Gestion de la relation client et animation de l'offre commerciale en alternance",
            "etablissement": "Lycée professionnel et technologique Saint-Jean-Baptiste-de-la-Salle, Roubaix"})

    # Attendance of the first three workshops, with long comments for the long trainees.
    workshops = workshop_ids(site, big)
    d["workshops"] = workshops
    statuses = ("present", "present", "absent", "excuse", "present")
    for w in workshops[:3]:
        fields = {}
        for n, tid in enumerate(trainees):
            fields[f"statut_{w}_{tid}"] = statuses[n % len(statuses)]
        for tid in trainees[:3]:
            fields[f"commentaire_{w}_{tid}"] = LONG_COMMENT
        # A link pasted by the tutor: one long unbroken word, on the page the trainee sees.
        fields[f"commentaire_{workshops[2]}_{trainees[0]}"] = URL_COMMENT
        site.post(f"/emploi/sessions/{big}/validation", fields)

    # A folder and a document in the library, then a sending with it.
    folder = f"Documents du cycle 1 — formation {tag}"
    d["folder"] = folder
    site.refresh_csrf("/emploi/documents")
    site.post("/emploi/documents", {"nouveau_repertoire": folder})
    filename = f"Guide-complet-de-la-recherche-d-emploi-et-des-aides-a-la-mobilite-{tag}.txt"
    site.post_multipart("/emploi/documents", {"repertoire": folder},
                        [("fichier", filename, "text/plain", "Guide de la recherche d'emploi.\n".encode() * 200)])
    m = re.search(r'href="/emploi/documents/(\d+)"[^>]*>\s*' + re.escape(html.escape(filename, quote=False)),
                  site.get("/emploi/documents"))
    if not m:
        raise Fatal(f"document {filename} not listed on /emploi/documents")
    site.post_multipart(f"/emploi/sessions/{big}/documentation",
                        [("sujet", "Documents du premier cycle : guide de la recherche d'emploi et aides à la mobilité"),
                         ("corps", "Bonjour,\n\nVous trouverez ci-joint le guide présenté en atelier.\n\n"
                                   "Bonne lecture,\nL'équipe de l'OPE"),
                         ("document_id", m.group(1))] + [("destinataire", tid) for tid in trainees[:8]])

    d["logins"] = {"long": welcome_login(site, trainees[0]), "short": welcome_login(site, short)}
    print(f"data: sessions {big} (14 workshops, 40 trainees, 3 with long data) and {small} (2 workshops, "
          f"3 trainees); trainees {trainees[0]} (long) and {short} (short); tag {tag}")
    return d


# --------------------------------------------------------------------------- pages

class Page:
    def __init__(self, role, name, path, paper=None, expect=200, submit=None):
        self.role, self.name, self.path, self.paper, self.expect, self.submit = role, name, path, paper, expect, submit

    @property
    def title(self):
        return f"[{self.role}] {self.name} {self.path}"


def pages(d):
    big, small, long_, short, tag = d["big"], d["small"], d["long"], d["short"], d["tag"]
    q = urllib.parse.quote(tag)
    folder = urllib.parse.quote(d["folder"])
    w = d["workshops"][0]
    # Refused forms, filled and sent as a person would (fields found by their names,
    # which are the URL contract).
    refused_trainee = ("(() => { const f = document.querySelector('form[action=\"/emploi/stagiaires/ajouter\"]');"
                       " f.elements.nom.value = 'Dupont 2'; f.elements.email.value = 'pas-un-e-mail';"
                       " f.elements.tel_portable.value = '12'; HTMLFormElement.prototype.submit.call(f); })()")
    refused_login = ("(() => { const f = document.querySelector('form[action=\"/connexion\"]');"
                     " f.elements.login.value = 'personne'; f.elements.mot_de_passe.value = 'faux';"
                     " HTMLFormElement.prototype.submit.call(f); })()")
    refused_data = ("(() => { const f = document.querySelector('form[action=\"/espace/donnees\"]');"
                    " f.elements.email.value = 'pas-un-e-mail'; f.elements.code_postal.value = '12';"
                    " HTMLFormElement.prototype.submit.call(f); })()")
    refused_session = ("(() => { const f = document.querySelector('form[action=\"/emploi/sessions/ajouter\"]');"
                       " f.elements.mois.value = '31/02/2031'; HTMLFormElement.prototype.submit.call(f); })()")
    # Un-enrolling the long trainee, whose attendance is entered: the page that asks first.
    unenrol = ("(() => { const f = document.querySelector('form[action=\"/emploi/sessions/%d/stagiaires/%d/supprimer\"]');"
               " HTMLFormElement.prototype.submit.call(f); })()" % (big, long_))
    # Erasing the long trainee's data: the page that says what would go (nothing is erased
    # without confirmer=1, which this form does not send).
    erase = ("(() => { const f = document.querySelector('form[action=\"/emploi/stagiaires/%d/anonymiser\"]');"
             " HTMLFormElement.prototype.submit.call(f); })()" % long_)
    # (name, path[, paper orientation of a print page]); the print checks (d) are made
    # on the manager's.
    manager = [
        ("sessions", "/emploi/sessions"), ("sessions-annee", "/emploi/sessions?annee=2031"),
        ("sessions-ajouter", "/emploi/sessions/ajouter"),
        ("session-grande", f"/emploi/sessions/{big}"), ("session-grande-recherche", f"/emploi/sessions/{big}?q={q}"),
        ("session-petite", f"/emploi/sessions/{small}"),
        ("inscrits", f"/emploi/sessions/{big}/inscrits", "portrait"),
        ("inscrits-complet", f"/emploi/sessions/{big}/inscrits?complet=1", "landscape"),
        ("presence-1", f"/emploi/sessions/{big}/presence/1", "landscape"),
        ("presence-2", f"/emploi/sessions/{big}/presence/2", "landscape"),
        ("inscrits-petite", f"/emploi/sessions/{small}/inscrits", "portrait"),
        ("presence-2-sans-atelier", f"/emploi/sessions/{small}/presence/2", "landscape"),
        ("validation", f"/emploi/sessions/{big}/validation"),
        ("validation-atelier", f"/emploi/sessions/{big}/validation?atelier={w}"),
        ("validation-petite", f"/emploi/sessions/{small}/validation"),
        ("documentation", f"/emploi/sessions/{big}/documentation"),
        ("stagiaires", "/emploi/stagiaires"), ("stagiaires-recherche", f"/emploi/stagiaires?q={q}"),
        ("stagiaires-page-2", f"/emploi/stagiaires?q={q}&page=2"),
        ("stagiaires-aucun", "/emploi/stagiaires?q=aucunstagiairenesappelleainsi"),
        ("stagiaires-ajouter", "/emploi/stagiaires/ajouter"),
        ("fiche-longue", f"/emploi/stagiaires/{long_}"), ("fiche-courte", f"/emploi/stagiaires/{short}"),
        ("accueil-longue", f"/emploi/stagiaires/{long_}/accueil", "portrait"),
        ("accueil-courte", f"/emploi/stagiaires/{short}/accueil", "portrait"),
        ("documents", "/emploi/documents"), ("documents-tuteur", "/emploi/tuteur/documents"),
        ("documents-tuteur-repertoire", f"/emploi/tuteur/documents?repertoire={folder}"),
        ("journal", "/emploi/journal"), ("journal-session", f"/emploi/journal?session={big}"),
        ("journal-stagiaire", f"/emploi/journal?stagiaire={long_}"),
        ("intervenants", "/emploi/intervenants"),
        ("rapport-rsa", "/emploi/rapports/rsa", "landscape"), ("rapport-sessions", "/emploi/rapports/sessions", "landscape"),
        ("import", "/emploi/import"), ("annuaire", "/annuaire"),
    ]
    out = [Page("anonyme", "connexion", "/connexion"),
           Page("anonyme", "connexion-refusee", "/connexion", expect=(200, 401, 422), submit=refused_login)]
    for item in manager:
        out.append(Page("responsable", item[0], item[1], paper=item[2] if len(item) > 2 else None))
    out += [Page("responsable", "session-modifier", f"/emploi/sessions/{big}/modifier"),
            Page("responsable", "intervenant", f"/emploi/intervenants/{d['tutor_id']}"),
            Page("responsable", "mot-de-passe", "/compte/mot-de-passe"),
            Page("responsable", "desinscription-a-confirmer", f"/emploi/sessions/{big}", submit=unenrol),
            Page("responsable", "anonymisation-a-confirmer", f"/emploi/stagiaires/{long_}", submit=erase),
            Page("responsable", "journal-filtre", "/emploi/journal?action=connexion"),
            Page("responsable", "ajouter-session-refuse", "/emploi/sessions/ajouter", expect=422,
                 submit=refused_session),
            Page("responsable", "ajouter-stagiaire-refuse", "/emploi/stagiaires/ajouter", expect=422,
                 submit=refused_trainee),
            Page("responsable", "erreur-403", "/espace", expect=403),
            Page("responsable", "erreur-404", "/emploi/sessions/999999999", expect=404),
            Page("responsable", "erreur-404-adresse", "/emploi/nexiste-pas", expect=404)]
    for name in ("sessions", "session-grande", "inscrits", "inscrits-complet", "presence-1", "presence-2",
                 "validation", "documentation", "stagiaires-recherche", "fiche-longue", "accueil-longue",
                 "documents-tuteur"):
        item = next(item for item in manager if item[0] == name)
        out.append(Page("tuteur", name, item[1], paper=item[2] if len(item) > 2 else None))
    out += [Page("tuteur", "mot-de-passe", "/compte/mot-de-passe"),
            Page("tuteur", "erreur-403", "/emploi/journal", expect=403),
            Page("tuteur", "erreur-404", "/emploi/stagiaires/999999999", expect=404)]
    for name in ("sessions", "session-grande", "inscrits", "presence-1", "presence-2", "annuaire"):
        item = next(item for item in manager if item[0] == name)
        out.append(Page("formateur", name, item[1], paper=item[2] if len(item) > 2 else None))
    out += [Page("formateur", "erreur-403", f"/emploi/sessions/{big}/inscrits?complet=1", expect=403),
            Page("formateur", "erreur-404", "/emploi/sessions/999999999/presence/1", expect=404),
            Page("stagiaire", "espace-longue", "/espace"),
            Page("stagiaire", "espace-donnees-refusees", "/espace", expect=422, submit=refused_data),
            Page("stagiaire", "erreur-403", "/emploi/sessions", expect=403),
            Page("stagiaire", "annuaire", "/annuaire"),
            Page("stagiaire", "erreur-404", "/espace/nexiste-pas", expect=404),
            Page("stagiaire-court", "espace-courte", "/espace")]
    return out


# --------------------------------------------------------------------------- checks

MARK_JS = """(function (W, on) {
  const old = document.getElementById('ope-bord');
  if (old) old.remove();
  for (const el of window.__opeMarques || []) { if (on) el.style.setProperty('outline', '3px solid #e00', 'important');
                                                 else el.style.removeProperty('outline'); }
  if (!on) return;
  const line = document.createElement('div');
  line.id = 'ope-bord';
  for (const [k, v] of [['position', 'absolute'], ['left', W + 'px'], ['top', '0'], ['width', '0'],
                        ['height', document.documentElement.scrollHeight + 'px'],
                        ['border-left', '2px dashed #e00'], ['z-index', '2147483647'], ['pointer-events', 'none']])
    line.style.setProperty(k, v);
  document.body.appendChild(line);
})"""

OPEN_DETAILS_JS = """(async () => {
  for (const d of document.querySelectorAll('details')) d.open = true;
  if (document.fonts) await document.fonts.ready;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return document.querySelectorAll('details').length;
})()"""


def listing(items, fmt):
    lines = [fmt(x) for x in items[:LIST_MAX]]
    if len(items) > LIST_MAX:
        lines.append(f"... and {len(items) - LIST_MAX} more")
    return "\n                  ".join(lines)


def cut_line(x):
    where = f" in {x['where']}" if x["where"] else ""
    if x["kind"] == "viewport":
        how = f"right edge {x['right']} > window {x['limit']} (+{x['by']} px)"
    elif x["kind"] == "bottom":
        how = f"cut at the bottom by {x['clipper']}: bottom edge {x['right']} > {x['limit']} (+{x['by']} px)"
    elif x["kind"] == "left":
        how = f"left edge {-x['by']} < 0 ({x['by']} px cut off on the left)"
    else:
        verb = "scrolls inside" if x["kind"] == "scroll" else "cut off by"
        how = f"{verb} {x['clipper']}: right edge {x['right']} > {x['limit']} (+{x['by']} px)"
    text = f" {'text ' if x.get('isText') else ''}\"{x['text']}\"" if x["text"] else ""
    return f"{x['what']}{where}{text}: {how}"


def element_line(x):
    where = f" in {x['where']}" if x["where"] else ""
    return f"{x['what']}{where}: {x['text']}" if x["text"] else f"{x['what']}{where}"


class Layout:
    """Measures pages in one browser, records the checks and the defects."""

    def __init__(self, browser, base, out, r):
        self.browser, self.base, self.out, self.r = browser, base, out, r
        self.defects = []  # (check title, one-line summary) of each failure

    def check(self, ok, what, expected="", found="", summary=""):
        if not self.r.check(ok, what, expected, found):
            self.defects.append((what, summary))
        return ok

    def measure(self, tab, width, cells=False):
        return self.browser.evaluate(tab, f"({MESURE_JS})({width}, {{cells: {'true' if cells else 'false'}}})")

    def layout_checks(self, page, tab, label, width, res, trainee, printing=False, zoomed=False):
        """(a), (b), (c), (e), (f) of one page at one width."""
        at = f"{page.title} @{label}"
        self.check(res["scrollWidth"] <= width + 0.5, f"{at}: no horizontal overflow",
                   f"scrollWidth <= {width}", f"scrollWidth {res['scrollWidth']} (+{res['scrollWidth'] - width} px)",
                   f"page {res['scrollWidth'] - width} px wider than the window ({width} px)")
        scroll_ok = not printing and not trainee and label == PHONE["label"]
        defects = [x for x in res["cut"] if not (x["kind"] == "scroll" and scroll_ok)]
        if scroll_ok:
            for x in res["cut"]:
                if x["kind"] == "scroll":
                    self.r.note(f"{at}: accepted (staff page, phone): {cut_line(x)}")
        worst = max(defects, key=lambda x: x["by"], default=None)
        self.check(not defects, f"{at}: no element past the {'printable width' if printing else 'window'} or cut off",
                   "none", listing(defects, cut_line),
                   f"{len(defects)} element(s), worst {worst['what']} +{worst['by']} px" if worst else "")
        if printing:
            return
        self.check(not res["unlabelled"], f"{at}: every field has a label ({res['fields']} fields)", "none unlabelled",
                   listing(res["unlabelled"], element_line),
                   f"{len(res['unlabelled'])} field(s) without label: "
                   + ", ".join(x["what"] for x in res["unlabelled"][:4]))
        self.check(not res["misdrawn"], f"{at}: radio buttons and check boxes drawn right ({res['controls']})",
                   "at their size, on their label's line", listing(res["misdrawn"], element_line),
                   f"{len(res['misdrawn'])} control(s): " + (res["misdrawn"][0]["text"] if res["misdrawn"] else ""))
        self.check(not res["misaligned"], f"{at}: number columns right-aligned ({res['numberColumns']})",
                   "numbers and their heading right-aligned", listing(res["misaligned"], element_line),
                   "; ".join(x["text"] for x in res["misaligned"][:3]))

    def phone_checks(self, page, res, size):
        """(g) a compact header on a phone."""
        if page.paper or not res["header"]:
            return
        most = size["height"] // 5
        h = res["header"]["height"]
        self.check(h <= most, f"{page.title} @{size['label']}: the header takes at most a fifth of the screen",
                   f"{res['header']['what']} <= {most} px high", f"{h} px ({round(100 * h / size['height'])} %)",
                   f"header {h} px high of {size['height']} ({round(100 * h / size['height'])} %)")

    def page_checks(self, page, res):
        """What does not depend on the width: (h) empty tables, (i) the menu on error pages,
        (j) the current menu entry, (k) fields every browser has, (l) errors tied to fields."""
        at = page.title
        self.check(not res["emptyTables"], f"{at}: no table with headings and no row", "an empty state in words",
                   listing(res["emptyTables"], element_line),
                   f"{len(res['emptyTables'])} empty table(s): " + ", ".join(x["what"] for x in res["emptyTables"]))
        if page.expect in (403, 404) and page.role != "anonyme":
            self.check(res["menu"], f"{at}: the error page of a logged-in user keeps the menu",
                       "body > header nav", "no menu", "no menu on the error page")
        if res["current"] is not None:
            self.check(res["current"]["marked"], f"{at}: the menu marks this page's entry",
                       'aria-current="page"', f"entry \"{res['current']['text']}\" not marked",
                       f"menu entry \"{res['current']['text']}\" without aria-current")
        self.check(not res["unsupported"], f"{at}: no <input type=month|week> (a plain text box in Firefox, Safari)",
                   "none", listing(res["unsupported"], element_line),
                   ", ".join(x["what"] for x in res["unsupported"]))
        self.check(not res["duplicateIds"], f"{at}: no id used twice (label[for] names the first only)", "none",
                   ", ".join(res["duplicateIds"][:LIST_MAX]), "ids used twice: " + ", ".join(res["duplicateIds"][:6]))
        if page.submit:
            self.check(not res["untied"], f"{at}: field errors tied to their field (aria-invalid, aria-describedby)",
                       "each .erreur-champ named by its field's aria-describedby, the field aria-invalid=true",
                       listing(res["untied"], element_line),
                       f"{len(res['untied'])} message(s) not tied: " + "; ".join(x["text"] for x in res["untied"][:3]))

    def screenshot(self, page, tab, label, width, res, scale):
        """The whole page, one image pixel per CSS pixel."""
        name = f"{page.role}-{page.name}-{label}.png"
        height = min(res["scrollHeight"], SHOT_MAX_HEIGHT)
        self.browser.evaluate(tab, f"({MARK_JS})({width}, true)")
        self.browser.screenshot(tab, os.path.join(self.out, name), max(res["scrollWidth"], width, res["clientWidth"]),
                                height, 1 / scale)
        self.browser.evaluate(tab, f"({MARK_JS})({width}, false)")
        if res["scrollHeight"] > SHOT_MAX_HEIGHT:
            self.r.note(f"{name}: only the first {SHOT_MAX_HEIGHT} px of {res['scrollHeight']}")

    def visit(self, page, tab, trainee):
        url = self.base + page.path
        # Loaded as a phone would load it, then measured at each width.
        self.browser.set_viewport(tab, PHONE["width"], PHONE["height"], PHONE["mobile"], PHONE["scale"])
        status = self.browser.navigate(tab, url)
        if page.submit:
            status = self.browser.submit(tab, page.submit)
        expect = page.expect if isinstance(page.expect, tuple) else (page.expect,)
        if not self.check(status in expect, f"{page.title}: loads ({'/'.join(map(str, expect))})",
                          " or ".join(map(str, expect)), status, f"status {status}"):
            return
        for size in WIDTHS:
            self.browser.set_viewport(tab, size["width"], size["height"], size["mobile"], size["scale"])
            self.browser.evaluate(tab, OPEN_DETAILS_JS)
            res = self.measure(tab, size["width"])
            width = size["width"]
            if size["mobile"] and res["clientWidth"] != width:
                # No viewport declaration: the phone lays the page out wider and zooms out.
                self.check(page.paper is not None, f"{page.title} @{size['label']}: laid out at the window's width",
                           f"{width} px (<meta name=viewport>)", f"{res['clientWidth']} px, shown zoomed out",
                           f"laid out at {res['clientWidth']} px (no viewport declaration)")
                if page.paper is not None:
                    self.r.note(f"{page.title} @{size['label']}: print preview laid out at {res['clientWidth']} px "
                                f"and shown zoomed out (no viewport declaration): accepted for a print page")
                width = res["clientWidth"]
                res = self.measure(tab, width)
            elif res["clientWidth"] < width:
                # A desk browser's vertical scroll bar takes its width from the page.
                width = res["clientWidth"]
                res = self.measure(tab, width)
            self.layout_checks(page, tab, size["label"], width, res, trainee)
            if size["mobile"]:
                self.phone_checks(page, res, size)
                self.page_checks(page, res)
            self.screenshot(page, tab, size["label"], width, res, size["scale"])
        self.browser.clear_viewport(tab)

    # ----------------------------------------------------------------- print

    PAPER_JS = """(() => {
      // The last @page rule of the page's style sheets wins, as in print.
      let size = '', left = '', right = '';
      for (const sheet of document.styleSheets) {
        let rules; try { rules = sheet.cssRules; } catch (e) { continue; }
        for (const rule of rules) {
          if (!(rule instanceof CSSPageRule) || rule.selectorText) continue;
          size = rule.style.getPropertyValue('size') || size;
          left = rule.style.getPropertyValue('margin-left') || left;
          right = rule.style.getPropertyValue('margin-right') || right;
        }
      }
      return {size, left, right};
    })()"""

    @staticmethod
    def to_px(length):
        m = re.fullmatch(r"\s*([\d.]+)\s*(mm|cm|in|pt|px)?\s*", length or "")
        if not m:
            return None
        return float(m.group(1)) * {"mm": MM, "cm": 10 * MM, "in": 96, "pt": 96 / 72, "px": 1, None: 1}[m.group(2)]

    def paper(self, page, tab):
        """(d): print media at the printable A4 width, then the PDF."""
        at = f"{page.title} @print"
        self.browser.set_media(tab, "print")
        rule = self.browser.evaluate(tab, self.PAPER_JS)
        landscape = "landscape" in rule["size"]
        self.check(landscape == (page.paper == "landscape"), f"{at}: @page asks for A4 {page.paper}",
                   f"A4 {page.paper}", rule["size"] or "no @page size", f"@page size {rule['size']!r}")
        paper_w = (A4_MM[1] if landscape else A4_MM[0]) * MM
        left, right = self.to_px(rule["left"]), self.to_px(rule["right"])
        if left is None or right is None:
            self.r.note(f"{at}: no left/right margin in @page ({rule}); the default of 10 mm is assumed")
            left = right = 10 * MM
        width = round(paper_w - left - right)  # the width Chromium lays the print out at
        self.browser.set_viewport(tab, width, 1000, False, 1)
        self.browser.send("Emulation.setScrollbarsHidden", {"hidden": True}, session=tab)
        self.browser.evaluate(tab, OPEN_DETAILS_JS)
        res = self.measure(tab, width, cells=True)
        self.layout_checks(page, tab, f"print {width}px", width, res, trainee=False, printing=True)
        headings = res["headings"]
        self.browser.send("Emulation.setScrollbarsHidden", {"hidden": False}, session=tab)
        self.browser.clear_viewport(tab)
        self.browser.set_media(tab, "")

        pdf_path = os.path.join(self.out, f"{page.role}-{page.name}-impression.pdf")
        with open(pdf_path, "wb") as f:
            f.write(self.browser.pdf(tab))
        size, count = pdf_info(pdf_path)
        save_png(pdf_path)
        want = (A4_PORTRAIT[1], A4_PORTRAIT[0]) if page.paper == "landscape" else A4_PORTRAIT
        self.check(abs(size[0] - want[0]) <= TOLERANCE and abs(size[1] - want[1]) <= TOLERANCE,
                   f"{at}: PDF is A4 {page.paper}", f"{want[0]:.0f} x {want[1]:.0f} pts",
                   f"{size[0]} x {size[1]} pts", f"PDF {size[0]} x {size[1]} pts")
        # Each line of each heading, blanks and hyphens aside (pdftotext joins a word
        # broken after its hyphen).
        squeeze = lambda t: re.sub(r"[\s\-\u2010\u2011]+", "", t).casefold()
        text = squeeze(pdf_text(pdf_path))
        missing = [" / ".join(h) for h in headings if not all(squeeze(line) in text for line in h)]
        self.check(not missing, f"{at}: PDF shows every column heading ({len(headings)})",
                   [" / ".join(h) for h in headings], f"missing {missing}", f"missing headings {missing}")
        # pdftotext leaves out what the page clips: a cut column loses its cells' text.
        cut = [c for c in dict.fromkeys(res["cells"]) if squeeze(c) not in text]
        self.check(not cut, f"{at}: PDF shows the whole text of every table cell ({len(res['cells'])} lines)",
                   "every cell", listing(cut, repr), f"{len(cut)} cell text(s) missing or cut, e.g. {cut[:3]}")
        session = re.match(r"/emploi/sessions/(\d+)/", page.path)
        if session and count > 1:
            number = re.compile(r"n°\s*" + session.group(1) + r"\b")
            bare = [p for p in range(1, count + 1) if not number.search(pdf_text(pdf_path, p))]
            self.check(not bare, f"{at}: every page of the PDF names the session (n° {session.group(1)})",
                       f"pages 1..{count}", f"not on page(s) {bare}", f"session not named on page(s) {bare}")
        points = 72 / 25.4 / MM  # pt per CSS px
        lo, hi = left * points - TOLERANCE, size[0] - right * points + TOLERANCE
        outside = [w for w in pdf_words(pdf_path) if w[1] < lo or w[3] > hi]
        self.check(not outside, f"{at}: no word of the PDF in the side margins or off the page ({count} page(s))",
                   f"words within x {lo:.0f}..{hi:.0f} pt",
                   listing(outside, lambda w: f"page {w[0]}: {w[5]!r} at x {w[1]:.0f}..{w[3]:.0f} pt"),
                   f"{len(outside)} word(s) outside, e.g. {outside[0][5]!r} at x {outside[0][3]:.0f} pt"
                   if outside else "")


# --------------------------------------------------------------------------- self-test

def self_test(browser, tab, r):
    """The checks must find the known defects of defauts.html, and only them."""
    browser.set_viewport(tab, PHONE["width"], PHONE["height"], PHONE["mobile"], PHONE["scale"])
    browser.navigate(tab, "file://" + os.path.join(HERE, "defauts.html"))
    res = browser.evaluate(tab, f"({MESURE_JS})({PHONE['width']})")
    browser.clear_viewport(tab)
    cut = {(x["what"].split(".")[0], x["kind"], bool(x.get("isText"))) for x in res["cut"]}
    expected = {"(a) a page wider than the window": res["scrollWidth"] > PHONE["width"],
                "(b) a table wider than the window": ("table#large", "viewport", False) in cut,
                "(b) text running out of its box": ("div#etroit", "viewport", True) in cut,
                "(b) a box cut off by overflow hidden": ("div#coupe-enfant", "hidden", False) in cut,
                "(b) a table scrolling in its box": ("table#tableau-defile", "scroll", False) in cut,
                "(b) a box cut at the bottom by overflow hidden": ("p#coupe-bas", "bottom", False) in cut,
                "(c) the field without label, only it": [x["what"] for x in res["unlabelled"]]
                == ["input#sans-label[type=text][name=sans_label]"],
                "(e) the stretched radio button, only it": [x["what"] for x in res["misdrawn"]]
                == ["input#radio-etire[type=radio][name=civilite]"],
                "(f) the left-aligned column of numbers, only it": [x["what"] for x in res["misaligned"]]
                == ["table#nombres"],
                "(g) the header taller than a fifth of the phone screen": (res["header"] or {}).get("height", 0) > 200,
                "(h) the table with headings and no row, only it": [x["what"] for x in res["emptyTables"]]
                == ["table#vide"],
                "(j) the menu entry of the page not marked": res["current"] == {
                    "text": "Cette page, sans aria-current", "marked": False},
                "(k) the month field, only it": [x["what"] for x in res["unsupported"]]
                == ["input#mois[type=month][name=mois]"],
                "(l) the error message not tied to its field, only it": [x["what"] for x in res["untied"]]
                == ["p#erreur.erreur-champ"],
                "(m) the id used twice, only it": res["duplicateIds"] == ["double (2 times)"]}
    found = (f"scrollWidth {res['scrollWidth']}; cut {sorted(cut)}; unlabelled "
             f"{[x['what'] for x in res['unlabelled']]}; misdrawn {[x['what'] for x in res['misdrawn']]}; "
             f"misaligned {[x['what'] for x in res['misaligned']]}; header {res['header']}; empty "
             f"{[x['what'] for x in res['emptyTables']]}; current {res['current']}; unsupported "
             f"{[x['what'] for x in res['unsupported']]}; untied {[x['what'] for x in res['untied']]}")
    for what, ok in expected.items():
        r.check(ok, f"self-test on tests/browser/defauts.html: finds {what}", "found", found)
    wrong = [x["what"] for key in ("cut", "unlabelled", "misdrawn", "misaligned", "emptyTables", "unsupported", "untied")
             for x in res[key] if "#ok-" in x["what"]]
    r.check(not wrong, "self-test: reports nothing that is right (elements named ok-...)", "none", wrong)


# --------------------------------------------------------------------------- main

def main():
    base, status = site_url_or_skip()
    if base is None:
        return status

    started = time.monotonic()
    r = Results()
    out = output_dir("browser", "layout")
    browser = None
    layout = None
    try:
        site = Site(base)
        site_answers(site)
        site.login("responsable", "demo")
        data = build_data(site, run_tag())
        print(f"data built in {time.monotonic() - started:.0f} s")

        sessions = {"anonyme": Site(base), "responsable": site}
        for role in ("tuteur", "formateur"):
            sessions[role] = Site(base)
            sessions[role].login(role, "demo")
        for role, who in (("stagiaire", "long"), ("stagiaire-court", "short")):
            sessions[role] = Site(base)
            sessions[role].login(*data["logins"][who])

        browser = Chromium(os.path.join(out, "chromium-mise-en-page.log"), language="fr-FR")
        print(f"chromium: {browser.send('Browser.getVersion').get('product')}; output in {out}")
        tabs = {role: browser.open_page(base, s.cookies, own_context=True) for role, s in sessions.items()}
        self_test(browser, tabs["anonyme"], r)
        layout = Layout(browser, base, out, r)
        for page in pages(data):
            trainee = page.role.startswith("stagiaire")
            layout.visit(page, tabs[page.role], trainee)
            if page.paper and page.role == "responsable":
                layout.paper(page, tabs[page.role])
    except Fatal as e:
        r.check(False, "test could not go on", "", str(e))
    finally:
        if browser is not None:
            browser.close()
    if layout and layout.defects:
        print(f"\nfailures ({len(layout.defects)}):")
        for what, summary in layout.defects:
            print(f"  {what}: {summary}")
    print(f"run time {time.monotonic() - started:.0f} s; screenshots in {out}")
    r.summary()
    return 0 if r.failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
