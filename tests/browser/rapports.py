#!/usr/bin/python3
"""Browser test of the reports' print pages: nothing is cut at A4 width.

What it checks: /emploi/rapports/rsa (the RSA follow-up) and
/emploi/rapports/sessions (the activity of a year), printed by headless Chromium
to PDF as a user's "Imprimer" would, read back with poppler-utils:

  - A4 landscape;
  - every column heading, every trainee's name, CAF and CLI numbers (the longest
    the form takes), the totals, the association's name, the period and the date
    of printing are in the PDF's text; the chart's month names and values too;
  - no word of the PDF lies outside the page (pdftotext -bbox): a column pushed
    beyond the right edge would be cut on paper;
  - the screen-only period chooser and links are not printed.

It builds its data through the site's forms (a session of its own year with 10
workshops, 24 trainees enrolled with the RSA status, long numbers, attendance
entered), drives Chromium exactly as tests/browser/impressions.py does (whose
helpers it imports) and leaves the PDFs and a PNG of page 1 in the same output
folder for a person to look at.

Exit status: 0 all checks passed, 1 a check failed, 77 skipped (as impressions.py).
"""

import html
import os
import re
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import impressions as imp  # noqa: E402  (the same browser, site and checks)

# A year of its own (test_rapports.cpp takes 2100-2149): the checks count what is in it.
YEAR = 2150 + int(time.time()) // 7 % 50
HEADINGS = ["Civilité", "Nom", "Prénom", "N° CAF", "N° CLI", "Session(s)", "Ateliers prévus", "Présent",
            "Absent excusé", "Absent", "Non renseigné", "Taux de présence"]
ACTIVITY_HEADINGS = ["Mois", "Sessions", "Ateliers", "Inscriptions", "Stagiaires", "RSA", "France Travail",
                     "Autofinancement", "Employeur", "Autre", "À renseigner", "Taux de présence"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]


def build_data(site, tag):
    """Two sessions of YEAR (February: 10 workshops; March: 2), 24 RSA trainees."""
    data = {"tag": tag, "trainees": []}
    feb = imp.create_session(site, f"{YEAR}-02", f"Rapport RSA {tag}")
    mar = imp.create_session(site, f"{YEAR}-03", f"Rapport RSA suite {tag}")
    site.refresh_csrf(f"/emploi/sessions/{feb}")
    for n in range(10):
        imp.add_workshop(site, feb, f"{YEAR}-02-{n + 2:02d}", f"Atelier {n + 1}", 1 if n < 6 else 2)
    imp.add_workshop(site, mar, f"{YEAR}-03-02", "Suite 1", 1)
    imp.add_workshop(site, mar, f"{YEAR}-03-09", "Suite 2", 2)
    site.refresh_csrf("/emploi/stagiaires/ajouter")
    for i in range(24):
        fields = imp.trainee_fields(i, tag)
        # The longest names the list shows, and numbers of the form's maximum length.
        if i == 3:
            fields["nom"] = tag + "DE LA FONTAINE-SAINT-ANDRÉ"
            fields["prenom"] = "Marie-Bernadette"
        tid = imp.create_trainee(site, fields)
        caf = f"CAF{i:02d}" + "9" * 27 if i % 5 == 0 else f"{1234567 + i}"
        cli = f"CLI-{tag}-{i:02d}-" + "X" * 12 if i % 7 == 0 else f"CLI-{i:04d}"
        site.post(f"/emploi/stagiaires/{tid}/sessions",
                  {"session_id": feb, "statut_financement": "rsa", "numero_caf": caf, "numero_cli": cli})
        if i % 3 == 0:
            site.post(f"/emploi/stagiaires/{tid}/sessions",
                      {"session_id": mar, "statut_financement": "rsa", "numero_caf": caf, "numero_cli": cli})
        data["trainees"].append({"id": tid, "nom": fields["nom"].upper(), "prenom": fields["prenom"],
                                 "caf": caf, "cli": cli})
    # Attendance: the first workshops entered (present, absent, excused in turn).
    page = site.get(f"/emploi/sessions/{feb}/validation")
    site.csrf = re.search(r'name="csrf" value="([0-9a-f]+)"', page).group(1)
    atelier = re.search(r'name="statut_(\d+)_\d+"', page).group(1)
    statuses = ["present", "absent", "excuse"]
    site.post(f"/emploi/sessions/{feb}/validation",
              {f"statut_{atelier}_{t['id']}": statuses[n % 3] for n, t in enumerate(data["trainees"])})
    data["sessions"] = (feb, mar)
    print(f"data: sessions {feb} and {mar} of {YEAR}, {len(data['trainees'])} RSA trainees")
    return data


def check_words(r, name, text, needles, what):
    """Every word of each needle is in the text: a heading or a name wrapped in its
    cell comes out of pdftotext mixed with its neighbours' words."""
    words = set(re.split(r"[\s-]+", text))
    missing = [n for n in needles if not all(w in words for w in re.split(r"[\s-]+", n) if w) and not imp.has(text, n)]
    r.check(not missing, f"{name}: {what}", "all present", f"missing {missing}")


def words_outside(pdf_path, size):
    """Words of the PDF whose box leaves the page (pdftotext -bbox)."""
    out = imp.run_tool(["pdftotext", "-bbox", pdf_path, "-"])
    width, height = size
    outside = []
    for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', out):
        x0, y0, x1, y1 = (float(v) for v in m.groups()[:4])
        if x0 < 0 or y0 < 0 or x1 > width + 0.5 or y1 > height + 0.5:
            outside.append(html.unescape(m.group(5)))
    return outside


def printed(printer, name, path):
    """Prints the page; its text as read (pdftotext joins a word cut at a hyphen) and
    as laid out (where it is not)."""
    pdf_path, size, pages, text = printer(name, path)
    layout = imp.run_tool(["pdftotext", "-layout", "-enc", "UTF-8", pdf_path, "-"])
    return pdf_path, size, pages, text + "\n" + layout


def check_rsa(r, printer, data):
    name = "rapport-rsa"
    pdf_path, size, pages, text = printed(printer, name, f"/emploi/rapports/rsa?du={YEAR}-02&au={YEAR}-03")
    imp.check_size(r, name, size, landscape=True)
    check_words(r, name, text, HEADINGS, "every column heading")
    imp.check_contains(r, name, text, ["Suivi des stagiaires au RSA", f"février {YEAR}", f"mars {YEAR}", "Imprimé le",
                                       "Total", "OPE"])
    check_words(r, name, text, [t["nom"] for t in data["trainees"]], "every trainee's name")
    numbers = [t["caf"] for t in data["trainees"]] + [t["cli"] for t in data["trainees"]]
    missing = [n for n in numbers if not imp.has_compact(text, n)]
    r.check(not missing, f"{name}: every CAF and CLI number, the longest included", "all", f"missing {missing}")
    outside = words_outside(pdf_path, size)
    r.check(not outside, f"{name}: no word outside the A4 page", "none", outside[:10])
    imp.check_absent(r, name, text, ["Afficher", "Télécharger ce tableau", "Aperçu avant impression"])
    r.note(f"{name}: {pages} page(s)")


def check_activity(r, printer, data):
    name = "rapport-activite"
    pdf_path, size, pages, text = printed(printer, name, f"/emploi/rapports/sessions?annee={YEAR}")
    imp.check_size(r, name, size, landscape=True)
    check_words(r, name, text, ACTIVITY_HEADINGS, "every column heading")
    imp.check_contains(r, name, text, ["Activité des sessions de formation", f"Année {YEAR}", "Imprimé le"])
    missing = [m for m in MONTHS if not imp.has(text, f"{m} {YEAR}")]
    r.check(not missing, f"{name}: a row for every month", "12 rows", f"missing {missing}")
    # The chart's labels are text of the PDF too: month names alone, and February's 24 enrolments.
    chart = [m for m in MONTHS if len(re.findall(rf"\b{m}\b", text)) < 4]  # twice in each of the two texts
    r.check(not chart, f"{name}: every month named under its bar", "each month in the chart and in the table",
            f"once only: {chart}")
    r.check(re.search(r"\b24\b", text) is not None, f"{name}: February's 24 enrolments shown", "24", "absent")
    outside = words_outside(pdf_path, size)
    r.check(not outside, f"{name}: no word outside the A4 page", "none", outside[:10])
    r.check(pages == 1, f"{name}: chart and table on one page", 1, pages)
    imp.check_absent(r, name, text, ["Télécharger ce tableau", "Aperçu avant impression"])


def check_all(r, printer, site, data):
    check_rsa(r, printer, data)
    check_activity(r, printer, data)


def main():
    return imp.run(build_data, check_all, "chromium-rapports.log")


if __name__ == "__main__":
    sys.exit(main())
