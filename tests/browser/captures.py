#!/usr/bin/python3
"""The README's pictures of the site (docs/ecrans/), taken from the demo data.

Against a stack started by scripts/run.sh on a fresh database (demo accounts), in
headless Chromium through navigateur.py:
  - telephone-espace.png: the trainee Élodie DUPONT's /espace on a phone (390 px),
  - bureau-session.png: the manager's page of session 1 on a desk screen (1366 px),
  - feuille-presence.png: page 1 of the printed attendance sheet of session 1 (A4 landscape).
Each is reduced to few colours (python3-pil) so that it weighs tens of KB.

    OPE_TEST_URL=http://127.0.0.1:8080 /usr/bin/python3 tests/browser/captures.py
"""

import os
import subprocess
import sys
import tempfile

from PIL import Image

from navigateur import Chromium, Site

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "docs", "ecrans")


def reduce(path, width=None):
    """Fewer colours (and pixels, down to `width`): a small PNG that still reads well."""
    image = Image.open(path).convert("RGB")
    if width and image.width > width:
        image = image.resize((width, round(image.height * width / image.width)), Image.LANCZOS)
    image.quantize(colors=48, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(path, optimize=True)
    print(f"{os.path.relpath(path)}: {image.width} x {image.height}, {os.path.getsize(path) // 1024} KB")


def main():
    base = os.environ.get("OPE_TEST_URL", "http://127.0.0.1:8080").rstrip("/")
    os.makedirs(OUT, exist_ok=True)
    manager, trainee = Site(base), Site(base)
    manager.login("responsable", "demo")
    trainee.login("elodie.dupont", "Bienvenue-7Kq2")  # her "fiche accueil" in sql/demo.sql
    browser = Chromium(os.path.join(tempfile.gettempdir(), "ope-captures-chromium.log"), language="fr-FR")
    try:
        tab = browser.open_page(base, trainee.cookies, own_context=True)
        browser.set_viewport(tab, 390, 844, True, 2)
        browser.navigate(tab, base + "/espace")
        phone = os.path.join(OUT, "telephone-espace.png")
        browser.screenshot(tab, phone, 390, 844, 1 / 2)  # one pixel per CSS pixel
        reduce(phone)

        tab = browser.open_page(base, manager.cookies, own_context=True)
        browser.set_viewport(tab, 1366, 768, False, 1)
        browser.navigate(tab, base + "/emploi/sessions/1")
        desk = os.path.join(OUT, "bureau-session.png")
        browser.screenshot(tab, desk, 1366, 768, 1)
        reduce(desk, 1024)

        browser.clear_viewport(tab)
        browser.navigate(tab, base + "/emploi/sessions/1/presence/1")
        with tempfile.TemporaryDirectory() as tmp:
            pdf = os.path.join(tmp, "presence.pdf")
            with open(pdf, "wb") as f:
                f.write(browser.pdf(tab))
            subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdf,
                            os.path.join(tmp, "page")], check=True)
            sheet = os.path.join(OUT, "feuille-presence.png")
            Image.open(os.path.join(tmp, "page.png")).save(sheet)
        reduce(sheet)
    finally:
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
