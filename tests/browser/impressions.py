#!/usr/bin/python3
"""Browser test of the printed documents (process steps 6 and 7).

What it checks: each print page, printed by a real headless Chromium to PDF
(as a user's "Imprimer" would), then read back with poppler-utils:

  1. /emploi/sessions/{id}/inscrits: A4 portrait; title, session number, month,
     tutor, trainer, every trainee; NO item a trainee did not consent to publish
     (e-mail, phone, address), no "Document interne".
  2. /emploi/sessions/{id}/inscrits?complet=1: marked internal, and it DOES show
     those items.
  3. /emploi/sessions/{id}/presence/1 and /2: A4 landscape; title, cycle, session
     number, every trainee, the dates of that cycle's workshops only, the trainer's
     signature row; 40 trainees flow onto further pages with the header repeated
     on every page; 10 workshops of cycle 1 make two column blocks (about twice
     the pages of cycle 2's 4 workshops); "page N / M" footer when Chromium
     renders @page margin boxes. A session without workshops of a cycle gives a
     "aucun atelier" page without table.
  4. /emploi/stagiaires/{sid}/accueil: A4 portrait; login and 10-character initial
     password; the screen-only parts (Imprimer button, new password form) are not
     printed.

How: it logs in over HTTP as the manager (demo account responsable/demo), builds
its own data set through the site's forms (a new session with 14 workshops and
40 new trainees, unique names per run, so it can run again on the same database),
drives /usr/bin/chromium through the DevTools protocol over a pipe
(--remote-debugging-pipe: fd 3 in, fd 4 out, NUL-terminated JSON; the driver is
shared with mise_en_page.py in navigateur.py), prints each
page with Page.printToPDF(preferCSSPageSize) and checks the PDF with pdfinfo and
pdftotext. One PNG of page 1 of each document (pdftoppm) and the PDFs are kept in
$OPE_TEST_OUTPUT or tests/output/browser/ (git-ignored) for a person to look at.

Run it against a running stack (scripts/test.sh does it through CTest):

    OPE_TEST_URL=http://127.0.0.1:18080 /usr/bin/python3 tests/browser/impressions.py

Exit status: 0 all checks passed, 1 a check failed, 77 skipped (OPE_TEST_URL unset,
or chromium / poppler-utils missing; with OPE_TEST_REQUIRE_BROWSER=1 missing tools
are a failure). The last line is the summary "N passed, M failed".
"""

import html
import os
import re
import sys

from navigateur import (A4_PORTRAIT, FEMININS, PRENOMS, TOLERANCE, Chromium, Fatal, Results, Site, flat, has,
                        has_compact, letters_for, new_id, output_dir, pdf_info, pdf_text, run_tag, run_tool, save_png,
                        site_answers, site_url_or_skip)

# Distinctive values of the items some trainees did not consent to publish (the
# e-mail gets the run's tag: the site asks to confirm a trainee whose e-mail exists).
SECRET_EMAIL = "secret.cache.{tag}@exemple.fr"
SECRET_PHONE = "07 99 88 77 66"
SECRET_ADDRESS = "99 rue Cachée"

CYCLE1_DATES = ["2031-06-02", "2031-06-03", "2031-06-04", "2031-06-05", "2031-06-06",
                "2031-06-09", "2031-06-10", "2031-06-11", "2031-06-12", "2031-06-13"]
CYCLE2_DATES = ["2031-06-16", "2031-06-17", "2031-06-18", "2031-06-19"]
PER_TABLE = 8  # workshops per attendance table (the app's kAteliersParPage)


# --------------------------------------------------------------------------- data set

def trainee_fields(i, tag):
    """The i-th trainee; numbers 5, 12 and 20 each keep one item out of the directory."""
    nom, prenom = tag + letters_for(i), PRENOMS[i % len(PRENOMS)]
    fields = {
        "civilite": "Mme" if prenom in FEMININS else "M.", "nom": nom, "prenom": prenom,
        "tel_portable": f"06 12 34 {10 + i:02d} {50 + i:02d}", "email": f"{nom.lower()}@exemple.fr",
        "adresse": f"{i + 1} rue des Lilas", "code_postal": "59000", "ville": "Lille",
        "parution_adresse": "1", "parution_telephone": "1", "parution_email": "1",
    }
    if i == 5:
        fields["email"] = SECRET_EMAIL.format(tag=tag.lower())
        del fields["parution_email"]
    elif i == 12:
        fields["tel_portable"] = SECRET_PHONE
        del fields["parution_telephone"]
    elif i == 20:
        fields["adresse"] = SECRET_ADDRESS
        del fields["parution_adresse"]
    return fields


def staff_ids(site, session_id):
    """Ids and names of the accounts `tuteur` and `formateur` (from the staff list and
    the session page's drop-down, as the manager sees them)."""
    accounts = {}
    # The name links to the account's page.
    for login, nom, prenom in re.findall(r"<tr[^>]*><td[^>]*>([^<]*)</td><td[^>]*>(?:<a [^>]*>)?([^<]*)(?:</a>)?</td><td[^>]*>([^<]*)</td>",
                                         site.get("/emploi/intervenants")):
        accounts[html.unescape(login)] = f"{html.unescape(prenom)} {html.unescape(nom)}"
    options = {}
    for value, label in re.findall(r'<option value="(\d+)">([^<]+)</option>',
                                   site.get(f"/emploi/sessions/{session_id}")):
        options[html.unescape(label)] = int(value)
    found = {}
    for login in ("tuteur", "formateur"):
        name = accounts.get(login)
        uid = options.get(f"{name} ({login})") if name else None
        if uid is None:
            raise Fatal(f"account {login!r} not found in /emploi/intervenants or the session's drop-down")
        found[login] = (uid, name)
    return found


def create_session(site, mois, intitule):
    site.refresh_csrf("/emploi/sessions/ajouter")
    location = site.post("/emploi/sessions/ajouter", {"mois": mois, "intitule": intitule})
    return new_id(location, r"/emploi/sessions/(\d+)")


def add_workshop(site, session_id, date, intitule, cycle):
    site.post(f"/emploi/sessions/{session_id}/ateliers", {"date": date, "intitule": intitule, "cycle": str(cycle)})


def create_trainee(site, fields):
    location = site.post("/emploi/stagiaires/ajouter", fields)
    return new_id(location, r"/emploi/stagiaires/(\d+)")


def build_data(site, tag):
    """The big session (10 + 4 workshops, 40 trainees, a tutor and a trainer) and a
    small one with cycle 1 workshops only."""
    data = {"tag": tag}
    sid = create_session(site, "2031-06", f"Test impression {tag}")
    data["session"] = sid
    site.refresh_csrf(f"/emploi/sessions/{sid}")
    for n, date in enumerate(CYCLE1_DATES, 1):
        add_workshop(site, sid, date, f"Atelier formation {n}", 1)
    for n, date in enumerate(CYCLE2_DATES, 1):
        add_workshop(site, sid, date, f"Approfondissement {n}", 2)
    staff = staff_ids(site, sid)
    for role in ("tuteur", "formateur"):
        site.post(f"/emploi/sessions/{sid}/intervenants", {"utilisateur_id": staff[role][0], "role": role})
    data["staff"] = staff
    site.refresh_csrf("/emploi/stagiaires/ajouter")
    trainees = []
    for i in range(40):
        fields = trainee_fields(i, tag)
        tid = create_trainee(site, fields)
        trainees.append({"id": tid, "nom": fields["nom"], "prenom": fields["prenom"]})
    for t in trainees:
        site.post(f"/emploi/sessions/{sid}/stagiaires", {"stagiaire_id": t["id"]})
    data["trainees"] = trainees
    print(f"data: session {sid} with {len(CYCLE1_DATES)} + {len(CYCLE2_DATES)} workshops, "
          f"{len(trainees)} trainees ({trainees[0]['nom']} … {trainees[-1]['nom']})")

    small = create_session(site, "2031-07", f"Test impression sans cycle 2 {tag}")
    add_workshop(site, small, "2031-07-07", "Atelier unique", 1)
    alone = tag + "ZZ"
    tid = create_trainee(site, dict(trainee_fields(0, tag), nom=alone, email=f"{alone.lower()}@exemple.fr"))
    site.post(f"/emploi/sessions/{small}/stagiaires", {"stagiaire_id": tid})
    data["small"] = small
    data["small_trainee"] = alone
    print(f"data: session {small} with one cycle 1 workshop and one trainee ({alone})")
    return data


# --------------------------------------------------------------------------- checks

def check_size(r, name, size, landscape):
    want = (A4_PORTRAIT[1], A4_PORTRAIT[0]) if landscape else A4_PORTRAIT
    ok = abs(size[0] - want[0]) <= TOLERANCE and abs(size[1] - want[1]) <= TOLERANCE
    r.check(ok, f"{name}: A4 {'landscape' if landscape else 'portrait'}",
            f"{want[0]:.0f} x {want[1]:.0f} pts (±{TOLERANCE:.0f})", f"{size[0]} x {size[1]} pts")


def check_contains(r, name, text, needles):
    for needle in needles:
        r.check(has(text, needle), f"{name}: shows {needle!r}", needle, "absent from the PDF text")


def check_absent(r, name, text, needles):
    for needle in needles:
        r.check(not has_compact(text, needle), f"{name}: does not show {needle!r}",
                "absent", "present in the PDF text")


def check_page_footer(r, name, text, pages):
    m = re.search(r"page\s+1\s*/\s*(\d+)", text)
    if not m:
        r.note(f"{name}: no 'page 1 / N' on page 1 (Chromium did not render the @page margin box)")
        return
    r.check(int(m.group(1)) == pages, f"{name}: footer 'page 1 / {pages}'", f"page 1 / {pages}", m.group(0))


class Printer:
    """Prints a document to PDF + PNG in the output folder and reads it back."""

    def __init__(self, browser, session, base, out_dir, r):
        self.browser, self.session, self.base, self.out, self.r = browser, session, base, out_dir, r

    def __call__(self, name, path):
        status, pdf = self.browser.print_pdf(self.session, self.base + path)
        if not self.r.check(status == 200, f"{name}: GET {path} gives 200 in the browser", 200, status):
            raise Fatal(f"{name}: cannot check a page that did not load")
        pdf_path = os.path.join(self.out, name + ".pdf")
        with open(pdf_path, "wb") as f:
            f.write(pdf)
        size, pages = pdf_info(pdf_path)
        png = save_png(pdf_path)
        print(f"      {name}: {pages} page(s), {size[0]} x {size[1]} pts; {png}")
        return pdf_path, size, pages, pdf_text(pdf_path)


def check_inscrits(r, printer, data):
    sid = data["session"]
    tutor, trainer = data["staff"]["tuteur"][1], data["staff"]["formateur"][1]
    names = [f"{t['nom']}" for t in data["trainees"]] + [t["prenom"] for t in data["trainees"]]
    secrets = [SECRET_EMAIL.format(tag=data["tag"].lower()), SECRET_PHONE, SECRET_ADDRESS]

    _, size, pages, text = printer("inscrits", f"/emploi/sessions/{sid}/inscrits")
    check_size(r, "inscrits", size, landscape=False)
    check_contains(r, "inscrits", text, ["Liste des inscrits", f"Session n° {sid}", "juin 2031", tutor, trainer])
    missing = [n for n in names if not has(text, n)]
    r.check(not missing, "inscrits: shows every trainee's name and first name", "all 40", f"missing {missing}")
    check_absent(r, "inscrits", text, secrets + ["Document interne"])
    r.check(not has(text, "Imprimer"), "inscrits: the screen-only bar is not printed", "no 'Imprimer'", "'Imprimer'")
    check_page_footer(r, "inscrits", pdf_text(os.path.join(printer.out, "inscrits.pdf"), 1), pages)

    _, size, _, text = printer("inscrits-complet", f"/emploi/sessions/{sid}/inscrits?complet=1")
    check_size(r, "inscrits-complet", size, landscape=True)
    check_contains(r, "inscrits-complet", text, ["Liste complète des inscrits", "Document interne", f"Session n° {sid}"])
    for secret in secrets:
        r.check(has_compact(text, secret), f"inscrits-complet: shows the unpublished {secret!r}",
                secret, "absent from the PDF text")
    missing = [n for n in names if not has(text, n)]
    r.check(not missing, "inscrits-complet: shows every trainee", "all 40", f"missing {missing}")


def iso_to_fr(iso):
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def check_presence(r, printer, data, cycle, dates, other_dates, label):
    sid = data["session"]
    name = f"presence-{cycle}"
    pdf_path, size, pages, text = printer(name, f"/emploi/sessions/{sid}/presence/{cycle}")
    check_size(r, name, size, landscape=True)
    check_contains(r, name, text, ["Feuille de présence", label, f"Session n° {sid}", "juin 2031",
                                   "Signature du formateur", data["staff"]["tuteur"][1],
                                   data["staff"]["formateur"][1]])
    blocks = (len(dates) + PER_TABLE - 1) // PER_TABLE
    rows = [f"{t['nom']} {t['prenom']}" for t in data["trainees"]]
    short = [n for n in rows if flat(text).casefold().count(n.casefold()) < blocks]
    r.check(not short, f"{name}: every trainee has a row in each of the {blocks} table(s)",
            f"each 'NOM Prénom' {blocks} time(s)", f"fewer for {short}")
    fr = [iso_to_fr(d) for d in dates]
    missing = [d for d in fr if d not in text]
    r.check(not missing, f"{name}: shows every workshop date of cycle {cycle}", fr, f"missing {missing}")
    wrong = [iso_to_fr(d) for d in other_dates if iso_to_fr(d) in text]
    r.check(not wrong, f"{name}: no workshop date of the other cycle", "none", wrong)
    r.check(pages >= 2, f"{name}: 40 trainees flow onto further pages", ">= 2 pages", pages)

    page_texts = [pdf_text(pdf_path, p) for p in range(1, pages + 1)]
    no_header = [p + 1 for p, t in enumerate(page_texts) if not has(t, "Feuille de présence") or not has(t, label)]
    r.check(not no_header, f"{name}: header repeated on every page", f"on pages 1..{pages}",
            f"missing on pages {no_header}")
    if blocks > 1:
        first, last = page_texts[0], page_texts[-1]
        r.check(all(d in first for d in fr[:PER_TABLE]) and not any(d in first for d in fr[PER_TABLE:]),
                f"{name}: page 1 has the first {PER_TABLE} workshops only", fr[:PER_TABLE],
                [d for d in fr if d in first])
        r.check(all(d in last for d in fr[PER_TABLE:]) and not any(d in last for d in fr[:PER_TABLE]),
                f"{name}: the last page has the further workshops only", fr[PER_TABLE:],
                [d for d in fr if d in last])
    check_page_footer(r, name, page_texts[0], pages)
    lone = [p + 1 for p, t in enumerate(page_texts) if not any(row.casefold() in flat(t).casefold() for row in rows)]
    r.check(not lone, f"{name}: every page holds trainee rows (no page with only the trainer's row)",
            "trainee rows on every page", f"none on pages {lone}")
    return pages


def check_presence_empty(r, printer, data):
    small = data["small"]
    _, size, pages, text = printer("presence-2-sans-atelier", f"/emploi/sessions/{small}/presence/2")
    check_size(r, "presence-2-sans-atelier", size, landscape=True)
    check_contains(r, "presence-2-sans-atelier", text,
                   ["Feuille de présence", "Cycle 2 : Approfondissement", f"Session n° {small}", "aucun atelier"])
    check_absent(r, "presence-2-sans-atelier", text, [data["small_trainee"], "Signature du formateur"])
    r.check(pages == 1, "presence-2-sans-atelier: one page", 1, pages)

    _, _, _, text = printer("presence-1-petite", f"/emploi/sessions/{small}/presence/1")
    check_contains(r, "presence-1-petite", text, [data["small_trainee"], "07/07/2031", "Signature du formateur"])


def check_accueil(r, printer, site, trainee):
    tid = trainee["id"]
    record = site.get(f"/emploi/stagiaires/{tid}")
    m = re.search(r"identifiant de connexion : <strong>([^<]+)</strong>", record)
    if not r.check(bool(m), "record page shows the login", "identifiant de connexion : <strong>…</strong>",
                   "not found"):
        return
    login = html.unescape(m.group(1))
    _, size, pages, text = printer("accueil", f"/emploi/stagiaires/{tid}/accueil")
    check_size(r, "accueil", size, landscape=False)
    check_contains(r, "accueil", text, ["Adresse du site", "Identifiant", login, "Mot de passe",
                                        trainee["nom"], trainee["prenom"]])
    site_url = os.environ.get("OPE_SITE_URL")  # set by scripts/test.sh for the app it starts
    if site_url:
        r.check(has(text, site_url), "accueil: shows the site address", site_url, "absent from the PDF text")
    else:
        r.check(re.search(r"https?://\S+", text) is not None, "accueil: shows a site address", "http(s)://…",
                "no URL in the PDF text")
    m = re.search(r"Mot de passe\s+(\S+)", text)
    found = m.group(1) if m else "nothing after 'Mot de passe'"
    r.check(bool(m) and re.fullmatch(r"[A-Za-z0-9]{10}", found) is not None,
            "accueil: a 10-character initial password", "10 letters or digits", found)
    check_absent(r, "accueil", text, ["Imprimer", "nouveau mot de passe initial", "Aperçu avant impression"])
    r.check(pages == 1, "accueil: fits on one page", 1, pages)


# --------------------------------------------------------------------------- main

def run(build, check, log_name="chromium.log"):
    """The frame of a browser test that prints pages (impressions.py, rapports.py):
    skips without the stack or the tools, logs in as the manager, builds the data
    through the site (build(site, tag) -> data), prints with Chromium
    (check(r, printer, site, data)), and ends with the summary; the exit status."""
    base, status = site_url_or_skip()
    if base is None:
        return status

    r = Results()
    out = output_dir("browser")
    browser = None
    try:
        site = Site(base)
        site_answers(site)
        site.login("responsable", "demo")
        data = build(site, run_tag())

        browser = Chromium(os.path.join(out, log_name))
        print(f"chromium: {browser.send('Browser.getVersion').get('product')}; output in {out}")
        page = browser.open_page(base, {"ope_session": site.cookies["ope_session"]})
        check(r, Printer(browser, page, base, out, r), site, data)
    except Fatal as e:
        r.check(False, "test could not go on", "", str(e))
    finally:
        if browser is not None:
            browser.close()
    r.summary()
    return 0 if r.failed == 0 else 1


def check_all(r, printer, site, data):
    check_inscrits(r, printer, data)
    pages1 = check_presence(r, printer, data, 1, CYCLE1_DATES, CYCLE2_DATES, "Cycle 1 : Formation")
    pages2 = check_presence(r, printer, data, 2, CYCLE2_DATES, CYCLE1_DATES, "Cycle 2 : Approfondissement")
    r.check(abs(pages1 - 2 * pages2) <= 1,
            "presence: 10 workshops of cycle 1 (two tables) take about twice the pages of cycle 2's 4",
            f"{2 * pages2} ± 1 pages", pages1)
    check_presence_empty(r, printer, data)
    check_accueil(r, printer, site, data["trainees"][3])


def main():
    return run(build_data, check_all)


if __name__ == "__main__":
    sys.exit(main())
