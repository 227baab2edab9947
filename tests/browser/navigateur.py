"""What the browser tests share: the check counter, a user of the site over plain
HTTP, headless Chromium driven through the DevTools protocol over a pipe, the
poppler-utils readers of PDFs, and the rules for skipping.

Python standard library only (Debian's /usr/bin/python3), Debian's /usr/bin/chromium
and poppler-utils. Used by impressions.py (printed documents) and mise_en_page.py
(layout of every page at phone and desktop widths).
"""

import base64
import fcntl
import html
import http.client
import json
import os
import re
import select
import shutil
import signal
import subprocess
import tempfile
import time
import urllib.parse
import uuid

SKIP = 77
CHROMIUM = "/usr/bin/chromium"
POPPLER = ("pdfinfo", "pdftotext", "pdftoppm")
TIMEOUT = 30  # seconds, for every wait on the site or the browser
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

A4_PORTRAIT = (595.3, 841.9)  # points
TOLERANCE = 2.0


# --------------------------------------------------------------------------- results

class Results:
    """Counts the checks; every failure says what was expected and what was found."""

    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, ok, what, expected="", found=""):
        if ok:
            self.passed += 1
            print(f"ok    {what}")
        else:
            self.failed += 1
            print(f"FAIL  {what}")
            if expected != "":
                print(f"        expected: {expected}")
            if found != "":
                print(f"        found:    {found}")
        return ok

    def note(self, text):
        print(f"note  {text}")

    def summary(self):
        print(f"{self.passed} passed, {self.failed} failed")


class Fatal(Exception):
    """A step the rest of the test depends on did not work."""


# --------------------------------------------------------------------------- HTTP

class Site:
    """A user of the site over plain HTTP (cookies kept by hand)."""

    def __init__(self, base_url):
        u = urllib.parse.urlsplit(base_url)
        if u.scheme != "http":
            raise Fatal(f"OPE_TEST_URL must be an http:// URL, got {base_url}")
        self.base = base_url.rstrip("/")
        self.host = u.hostname
        self.port = u.port or 80
        self.cookies = {}
        self.csrf = ""

    def request(self, method, path, fields=None, body=None, content_type=None):
        """One request; fields of a POST are form-encoded unless body is given."""
        if method == "POST" and body is None:
            body = urllib.parse.urlencode(fields or {}, doseq=True)
            content_type = "application/x-www-form-urlencoded"
        headers = {"Host": f"{self.host}:{self.port}"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if body is not None:
            headers["Content-Type"] = content_type
        conn = http.client.HTTPConnection(self.host, self.port, timeout=TIMEOUT)
        try:
            conn.request(method, path, body=body, headers=headers)
            res = conn.getresponse()
            text = res.read().decode("utf-8", "replace")
        finally:
            conn.close()
        for name, value in res.getheaders():
            if name.lower() == "set-cookie":
                k, _, v = value.split(";", 1)[0].partition("=")
                self.cookies[k.strip()] = v.strip()
        return res.status, res.getheader("Location") or "", text

    def get(self, path, expect=200):
        status, _, text = self.request("GET", path)
        if status != expect:
            raise Fatal(f"GET {path}: expected status {expect}, got {status}")
        return text

    def _check_post(self, path, fields, expect, status, location, text):
        if status != expect:
            errors = re.findall(r'class="(?:erreur-champ|message-erreur)"[^>]*>([^<]+)<', text)
            raise Fatal(f"POST {path} {fields}: expected status {expect}, got {status} "
                        f"{' / '.join(html.unescape(e) for e in errors)}")
        return location

    def post(self, path, fields, expect=303):
        """POSTs a form with the CSRF token; returns the Location of the 303."""
        status, location, text = self.request("POST", path, dict(fields, csrf=self.csrf))
        return self._check_post(path, fields, expect, status, location, text)

    def post_multipart(self, path, fields, files=(), expect=303):
        """POSTs multipart/form-data with the CSRF token. fields: (name, value) pairs or a
        dict; files: (field, filename, content type, bytes) tuples."""
        boundary = "----ope" + uuid.uuid4().hex
        items = list(fields.items()) if isinstance(fields, dict) else list(fields)
        parts = []
        for name, value in items + [("csrf", self.csrf)]:
            parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode()
                         + str(value).encode() + b"\r\n")
        for field, filename, ctype, content in files:
            parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{field}"; '
                         f'filename="{filename}"\r\nContent-Type: {ctype}\r\n\r\n'.encode() + content + b"\r\n")
        body = b"".join(parts) + f"--{boundary}--\r\n".encode()
        status, location, text = self.request("POST", path, body=body,
                                              content_type=f"multipart/form-data; boundary={boundary}")
        return self._check_post(path, dict(items), expect, status, location, text)

    def refresh_csrf(self, path):
        """Reads the hidden csrf field of a form page, as a browser would."""
        m = re.search(r'name="csrf" value="([0-9a-fA-F]+)"', self.get(path))
        if not m:
            raise Fatal(f"no csrf field in {path}")
        self.csrf = m.group(1)

    def login(self, login, password):
        self.refresh_csrf("/connexion")
        if "ope_csrf" not in self.cookies:
            raise Fatal("GET /connexion did not set the ope_csrf cookie")
        self.post("/connexion", {"login": login, "mot_de_passe": password})
        if "ope_session" not in self.cookies:
            raise Fatal(f"login as {login}: no ope_session cookie")


def new_id(location, pattern):
    m = re.search(pattern, location)
    if not m:
        raise Fatal(f"redirect {location!r} does not match {pattern}")
    return int(m.group(1))


def run_tag():
    """Letters only (names refuse digits), different at every run."""
    n = int(time.time() * 10) + os.getpid()
    letters = ""
    while n:
        n, r = divmod(n, 26)
        letters = chr(ord("A") + r) + letters
    return letters


def letters_for(i, width=2):
    s = ""
    for _ in range(width):
        i, r = divmod(i, 26)
        s = chr(ord("A") + r) + s
    return s


# First names of the trainees the browser tests create, and which of them are women's
# (their civilité).
PRENOMS = ["Alice", "Bruno", "Chloé", "David", "Élodie", "François", "Gaëlle", "Hugo", "Inès", "Jérôme",
           "Karima", "Louis", "Maëlys", "Nathan", "Océane", "Pierre", "Quentin", "Rose", "Samir", "Théo",
           "Ursule", "Victor", "Wassila", "Xavier", "Yasmine", "Zoé", "Amandine", "Benoît", "Céline", "Denis",
           "Emma", "Fabrice", "Gilles", "Hélène", "Irène", "Jules", "Kevin", "Léa", "Marc", "Nadia"]
FEMININS = {"Alice", "Chloé", "Élodie", "Gaëlle", "Inès", "Karima", "Maëlys", "Océane", "Rose", "Ursule",
            "Wassila", "Yasmine", "Zoé", "Amandine", "Céline", "Emma", "Hélène", "Irène", "Léa", "Nadia"}


# --------------------------------------------------------------------------- Chromium

class Chromium:
    """Headless Chromium driven through the DevTools protocol over a pipe
    (--remote-debugging-pipe: fd 3 commands in, fd 4 answers out, NUL-terminated JSON),
    with a fresh profile that is removed on close."""

    def __init__(self, log_path, language=None):
        """language: the browser's language ("fr-FR": dates in fields, Accept-Language)."""
        self.profile = tempfile.mkdtemp(prefix="ope-chromium-")
        to_child_r, self.to_child = os.pipe()
        self.from_child, from_child_w = os.pipe()

        def fds_3_and_4():  # in the child: fd 3 = commands in, fd 4 = answers out
            a = fcntl.fcntl(to_child_r, fcntl.F_DUPFD, 10)
            b = fcntl.fcntl(from_child_w, fcntl.F_DUPFD, 10)
            os.dup2(a, 3)
            os.dup2(b, 4)

        self.log = open(log_path, "wb")
        self.proc = subprocess.Popen(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--disable-dev-shm-usage", f"--user-data-dir={self.profile}",
             "--remote-debugging-pipe", "about:blank"]
            + ([f"--lang={language}", f"--accept-lang={language}"] if language else []),
            stdin=subprocess.DEVNULL, stdout=self.log, stderr=subprocess.STDOUT,
            env=dict(os.environ, LANGUAGE=language.replace("-", "_")) if language else None,
            preexec_fn=fds_3_and_4, pass_fds=(3, 4), start_new_session=True)
        os.close(to_child_r)
        os.close(from_child_w)
        self.buffer = b""
        self.next_id = 0
        self.events = []

    def close(self):
        try:
            os.close(self.to_child)
        except OSError:
            pass
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(5)
        # Chromium's helper processes share its process group.
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except OSError:
            pass
        os.close(self.from_child)
        self.log.close()
        shutil.rmtree(self.profile, ignore_errors=True)

    def _read_message(self, deadline):
        while b"\0" not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise Fatal("Chromium did not answer in time")
            ready, _, _ = select.select([self.from_child], [], [], left)
            if ready:
                chunk = os.read(self.from_child, 1 << 20)
                if not chunk:
                    raise Fatal(f"Chromium closed the pipe (exit status {self.proc.poll()})")
                self.buffer += chunk
        raw, _, self.buffer = self.buffer.partition(b"\0")
        return json.loads(raw)

    def send(self, method, params=None, session=None, timeout=TIMEOUT):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.to_child, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            answer = self._read_message(deadline)
            if answer.get("id") == self.next_id:
                if "error" in answer:
                    raise Fatal(f"Chromium {method}: {answer['error']}")
                return answer.get("result", {})
            if "method" in answer:
                self.events.append(answer)

    def wait_event(self, method, session, timeout=TIMEOUT):
        deadline = time.monotonic() + timeout
        while True:
            for n, e in enumerate(self.events):
                if e["method"] == method and e.get("sessionId") == session:
                    return self.events.pop(n)
            answer = self._read_message(deadline)
            if "method" in answer:
                self.events.append(answer)

    def open_page(self, base_url, cookies, own_context=False):
        """A new tab with these cookies of the site; in a browser context of its own
        (cookies not shared with the other tabs) when own_context."""
        params = {"url": "about:blank"}
        if own_context:
            params["browserContextId"] = self.send("Target.createBrowserContext")["browserContextId"]
        target = self.send("Target.createTarget", params)["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        self.send("Network.enable", session=session)
        for name, value in cookies.items():
            ok = self.send("Network.setCookie", {"name": name, "value": value, "url": base_url + "/",
                                                 "httpOnly": True, "sameSite": "Lax"}, session=session)
            if not ok.get("success", True):
                raise Fatal(f"Chromium refused the cookie {name}")
        self.send("Page.enable", session=session)
        return session

    def _forget_events(self, session):
        self.events = [e for e in self.events if e.get("sessionId") != session]

    def _document_status(self, session, loader=None):
        status = None
        for e in self.events:
            if (e["method"] == "Network.responseReceived" and e.get("sessionId") == session
                    and e["params"].get("type") == "Document"
                    and (loader is None or e["params"].get("loaderId") == loader)):
                status = e["params"]["response"]["status"]
        return status

    def navigate(self, session, url):
        """Loads url and waits for its load event; returns the HTTP status of the document."""
        self._forget_events(session)
        nav = self.send("Page.navigate", {"url": url}, session=session)
        if nav.get("errorText"):
            raise Fatal(f"Chromium could not load {url}: {nav['errorText']}")
        self.wait_event("Page.loadEventFired", session)
        return self._document_status(session, nav.get("loaderId"))

    def evaluate(self, session, expression):
        """Value of a JavaScript expression in the page (promises awaited)."""
        res = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                             "awaitPromise": True}, session=session)
        if "exceptionDetails" in res:
            d = res["exceptionDetails"]
            raise Fatal(f"JavaScript error: {d.get('exception', {}).get('description') or d.get('text')}")
        return res.get("result", {}).get("value")

    def submit(self, session, expression):
        """Runs a script that submits a form, waits for the page that answers; returns its
        HTTP status."""
        self._forget_events(session)
        self.evaluate(session, expression)
        self.wait_event("Page.loadEventFired", session)
        return self._document_status(session)

    def set_viewport(self, session, width, height, mobile, scale=1):
        self.send("Emulation.setDeviceMetricsOverride", {"width": width, "height": height,
                                                         "deviceScaleFactor": scale, "mobile": mobile},
                  session=session)

    def clear_viewport(self, session):
        self.send("Emulation.clearDeviceMetricsOverride", session=session)

    def set_media(self, session, media):
        """"print" or "screen"; "" goes back to the page's own."""
        self.send("Emulation.setEmulatedMedia", {"media": media}, session=session)

    def screenshot(self, session, path, width, height, scale=1):
        """A PNG of the page from its top left corner, width x height CSS pixels (beyond
        the window: the whole page, overflow included), scaled (1 / the device scale
        factor gives one image pixel per CSS pixel)."""
        shot = self.send("Page.captureScreenshot",
                         {"format": "png", "captureBeyondViewport": True,
                          "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": scale}},
                         session=session)
        with open(path, "wb") as f:
            f.write(base64.b64decode(shot["data"]))

    def pdf(self, session):
        """The page printed as the user's print dialog would (paper size from CSS @page)."""
        pdf = self.send("Page.printToPDF", {"preferCSSPageSize": True, "printBackground": True}, session=session)
        return base64.b64decode(pdf["data"])

    def print_pdf(self, session, url):
        """Loads url and prints it; returns (HTTP status of the document, PDF bytes)."""
        status = self.navigate(session, url)
        return status, self.pdf(session)


# --------------------------------------------------------------------------- PDF tools

def run_tool(args):
    done = subprocess.run(args, capture_output=True, timeout=TIMEOUT)
    if done.returncode != 0:
        raise Fatal(f"{' '.join(args)}: {done.stderr.decode(errors='replace').strip()}")
    return done.stdout.decode("utf-8", "replace")


def pdf_info(path):
    info = run_tool(["pdfinfo", path])
    m = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
    pages = re.search(r"Pages:\s+(\d+)", info)
    if not m or not pages:
        raise Fatal(f"pdfinfo {path}: no page size or page count in\n{info}")
    return (float(m.group(1)), float(m.group(2))), int(pages.group(1))


def pdf_text(path, page=None, layout=False):
    args = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else [])
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    return run_tool(args + [path, "-"])


def pdf_words(path):
    """Every word of the PDF with its box in points: (page, xmin, ymin, xmax, ymax, word)."""
    out = run_tool(["pdftotext", "-enc", "UTF-8", "-bbox", path, "-"])
    words, page = [], 0
    for line in out.splitlines():
        if "<page " in line:
            page += 1
            continue
        m = re.search(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>', line)
        if m:
            words.append((page, float(m.group(1)), float(m.group(2)), float(m.group(3)), float(m.group(4)),
                          html.unescape(m.group(5))))
    return words


def flat(text):
    """Whitespace collapsed, for searching text that may be wrapped in a cell."""
    return " ".join(text.split())


def has(text, needle):
    return flat(needle).casefold() in flat(text).casefold()


def has_compact(text, needle):
    """Whether needle appears even when wrapped anywhere in the PDF text."""
    squeeze = lambda s: "".join(s.split()).casefold()
    return squeeze(needle) in squeeze(text)


def save_png(pdf_path):
    """Page 1 of a PDF as a small PNG beside it."""
    prefix = pdf_path[:-len(".pdf")]
    run_tool(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf_path, prefix])
    return prefix + ".png"


# --------------------------------------------------------------------------- start

def missing_tools():
    missing = [] if os.access(CHROMIUM, os.X_OK) else [CHROMIUM]
    return missing + [t for t in POPPLER if not shutil.which(t)]


def output_dir(*default):
    """$OPE_TEST_OUTPUT, or tests/output/<default...> (git-ignored); created."""
    out = os.environ.get("OPE_TEST_OUTPUT") or os.path.join(REPO, "tests", "output", *default)
    os.makedirs(out, exist_ok=True)
    return out


def site_url_or_skip():
    """The site's address, or the exit status when the test cannot run: 77 (skipped)
    without OPE_TEST_URL or without chromium / poppler-utils, 1 when those tools are
    missing and OPE_TEST_REQUIRE_BROWSER=1. Returns (url, None) or (None, status)."""
    base = os.environ.get("OPE_TEST_URL", "").rstrip("/")
    if not base:
        print("skipped: OPE_TEST_URL is not set (run through scripts/test.sh)")
        return None, SKIP
    missing = missing_tools()
    if missing:
        if os.environ.get("OPE_TEST_REQUIRE_BROWSER") == "1":
            print(f"FAIL  missing {', '.join(missing)} (OPE_TEST_REQUIRE_BROWSER=1): "
                  "install chromium and poppler-utils")
            print("0 passed, 1 failed")
            return None, 1
        print(f"skipped: missing {', '.join(missing)} (apt-get install chromium poppler-utils)")
        return None, SKIP
    signal.signal(signal.SIGTERM, on_sigterm)
    return base, None


def on_sigterm(signum, frame):
    raise SystemExit(f"stopped by signal {signum}")


def site_answers(site):
    try:
        site.request("GET", "/sante")
    except OSError as e:
        raise Fatal(f"the site does not answer at {site.base}/sante: {e}")
