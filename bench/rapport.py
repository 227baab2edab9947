#!/usr/bin/python3
"""Markdown report of a bench/run.sh run: rapport.py RAW_DIR N1 [N2...]

RAW_DIR holds machine.env and, per data set, n<N>/meta.env, n<N>/pages.tsv
(name, path, bytes, status before, status after, ms of one request alone, wrk
output file) and the wrk outputs. Standard library only.
"""

import os
import re
import sys

UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def env(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if "=" in line:
                k, v = line.rstrip("\n").split("=", 1)
                out[k] = v
    return out


def duree_ms(text):
    m = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text)
    return float(m.group(1)) * UNITS[m.group(2)] if m else None


def wrk(path):
    r = {"rps": 0.0, "p50": None, "p99": None, "errors": 0, "requests": 0}
    with open(path, encoding="utf-8") as f:
        text = f.read()
    m = re.search(r"Requests/sec:\s+([\d.]+)", text)
    if m:
        r["rps"] = float(m.group(1))
    for pct, key in (("50", "p50"), ("99", "p99")):
        m = re.search(r"^\s+%s%%\s+(\S+)" % pct, text, re.M)
        if m:
            r[key] = duree_ms(m.group(1))
    m = re.search(r"(\d+) requests in", text)
    if m:
        r["requests"] = int(m.group(1))
    m = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    if m:
        r["errors"] += sum(int(x) for x in m.groups())
    m = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    if m:
        r["errors"] += int(m.group(1))
    return r


def ms(v):
    if v is None:
        return "?"
    return f"{v:.2f} ms" if v < 10 else f"{v:.0f} ms" if v < 1000 else f"{v / 1000:.2f} s"


def taille(b):
    b = int(b)
    return f"{b} o" if b < 1024 else f"{b / 1024:.0f} Ko"


def lire(raw, n):
    d = os.path.join(raw, f"n{n}")
    meta = env(os.path.join(d, "meta.env"))
    pages = []
    with open(os.path.join(d, "pages.tsv"), encoding="utf-8") as f:
        for line in f:
            name, path, size, before, after, single, nsql, fichier = line.rstrip("\n").split("\t")
            r = wrk(os.path.join(d, fichier))
            r.update(name=name, path=path, size=size, before=before, after=after, single=float(single), sql=nsql)
            pages.append(r)
    base = os.path.join(d, "base.tsv")
    if os.path.exists(base):
        with open(base, encoding="utf-8") as f:
            travail = dict(line.rstrip("\n").split("\t", 1) for line in f if "\t" in line)
        for r in pages:
            r["base"] = travail.get(r["name"], "").split()
    return meta, pages


def nombre(n):
    return f"{int(n):,}".replace(",", " ")


# The targets of issue 17, by the page names of bench/run.sh.
PAGES_CHARGEES = ["Page d'une session (25 inscrits)", "Fiche stagiaire", "Validation des présences (40 × 14)",
                  "Espace du stagiaire"]
RECHERCHE_COURANTE = "Recherche : nom courant (martin)"
RECHERCHES_PRECISES = ["Recherche : téléphone", "Recherche : e-mail"]
MEMOIRE_MAX_MB = 50


def verdict(ok):
    return "**PASS**" if ok else "**MISS**"


def objectifs(runs, ns):
    """Rows (target, figure, PASS/MISS) of the issue's targets for this run."""
    lignes = []
    for n in ns:
        meta, pages = runs[n]
        par_nom = {r["name"]: r for r in pages}
        sante = par_nom.get("/sante")
        if not sante or not sante["rps"]:
            continue
        for nom in PAGES_CHARGEES:
            r = par_nom.get(nom)
            if not r:
                continue
            part = r["rps"] / sante["rps"]
            lignes.append((f"{nombre(n)}: {nom}, req/s ≥ 0.5 × /sante", f"{r['rps']:.0f} / {sante['rps']:.0f} = {part:.2f}",
                           part >= 0.5))
            if r["p99"] is not None and sante["p99"]:
                lignes.append((f"{nombre(n)}: {nom}, p99 ≤ 2 × /sante's p99", f"{ms(r['p99'])} vs 2 × {ms(sante['p99'])}",
                               r["p99"] <= 2 * sante["p99"]))
        r = par_nom.get(RECHERCHE_COURANTE)
        if r and n == ns[-1]:
            lignes.append((f"{nombre(n)}: \"martin\" alone, p50 < 5 ms", ms(r["single"]), r["single"] < 5))
            # The same search the first time after a record changed: not in memory.
            try:
                premiere = float(meta["martin_premiere_ms"])
                lignes.append((f"{nombre(n)}: \"martin\" alone, the first time after a record changed, p50 < 5 ms",
                               ms(premiere), premiere < 5))
            except (KeyError, ValueError):
                pass
        if r:
            part = r["rps"] / sante["rps"]
            lignes.append((f"{nombre(n)}: \"martin\" under load, req/s ≥ 0.25 × /sante", f"{part:.2f}", part >= 0.25))
        for nom in RECHERCHES_PRECISES:
            r = par_nom.get(nom)
            if r:
                lignes.append((f"{nombre(n)}: {nom} alone < 2 ms", ms(r["single"]), r["single"] < 2))
        try:
            mem = float(meta["app_vmhwm_mb"])
            lignes.append((f"{nombre(n)}: memory of `ope serve` < {MEMOIRE_MAX_MB} MB", f"{mem:.0f} MB", mem < MEMOIRE_MAX_MB))
        except (KeyError, ValueError):
            pass
    if len(ns) > 1:
        a, b = runs[ns[0]][1], runs[ns[-1]][1]
        for x, y in zip(a, b):
            if x["name"].startswith("Fichier statique") or not x["rps"]:
                continue
            ratio = y["rps"] / x["rps"]
            lignes.append((f"{x['name']}: {nombre(ns[0])} vs {nombre(ns[-1])} within 10 %", f"req/s × {ratio:.2f}",
                           abs(ratio - 1) <= 0.10))
    return lignes


def main():
    raw, ns = sys.argv[1], sys.argv[2:]
    machine = env(os.path.join(raw, "machine.env"))
    runs = {n: lire(raw, n) for n in ns}
    p = print
    p(f"# Banc d'essai OPE — {os.path.basename(raw)}")
    p()
    p(f"Machine: {machine.get('cpu')}, {machine.get('ram')}; MariaDB {machine.get('mariadb')} "
      f"(the private server of scripts/lib.sh, default settings); commit {machine.get('commit')}.")
    p(f"wrk {machine.get('wrk')} (after a 2 s warm-up), on the same machine as nginx, the app "
      f"(OPE_THREADS={machine.get('threads')}) and MariaDB. Whole run: {machine.get('duree_totale')}.")
    p()
    p("Columns: req/s, median and 99th percentile latency under load, errors (socket errors and "
      "non-2xx/3xx answers), ratio of req/s to the static file of the same size as the session page "
      "(the ceiling of this nginx on this machine), time of one request alone (median of 5), SQL statements "
      "run by the request (X-Requetes-SQL, OPE_DEBUG_SQL=1; \"?\" when not the app), page size.")
    for n, (meta, pages) in runs.items():
        plafond = pages[0]["rps"] or 1.0
        p()
        p(f"## {nombre(n)} stagiaires")
        p()
        p(f"Data: {nombre(meta['lignes_stagiaire'])} trainees, {nombre(meta['lignes_stagiaire_mot'])} search words, "
          f"{nombre(meta['lignes_session_formation'])} sessions, {nombre(meta['lignes_atelier'])} workshops, "
          f"{nombre(meta['lignes_inscription'])} enrolments, {nombre(meta['lignes_presence'])} attendance rows, "
          f"{nombre(meta['lignes_envoi_destinataire'])} mail recipients, {meta['lignes_document']} documents; "
          f"{meta['base_mb']} MB in InnoDB. Generated and loaded in {meta['chargement']}.")
        p(f"Load average of the machine before and after the measures: {meta.get('loadavg', '?')} "
          f"(anything else running skews the figures).")
        p(f"Pages: session {meta['session']}, big session {meta['grande_session']} (40 × 14), trainee record "
          f"{meta['stagiaire']} (banc.essai, {meta['espace_sessions']} sessions); \"martin\" matches "
          f"{nombre(meta['martin'])} records.")
        p()
        p("| page | req/s | p50 | p99 | errors | ratio to static | 1 request alone | SQL | size |")
        p("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
        for r in pages:
            statut = "" if r["before"] == r["after"] == "200" else f" (HTTP {r['before']}/{r['after']})"
            p(f"| {r['name']}{statut} | {r['rps']:.0f} | {ms(r['p50'])} | {ms(r['p99'])} | {r['errors']} | "
              f"{r['rps'] / plafond:.3f} | {ms(r['single'])} | {r['sql']} | {taille(r['size'])} |")
        if any(r.get("base") for r in pages):
            p()
            p("MariaDB's work per request, one request at a time (global status counters over 20 requests; "
              "rows read: every Handler_read_*; full-scan reads: Handler_read_rnd_next):")
            p()
            p("| page | rows read | full-scan reads | rows sorted | temporary tables | full scans |")
            p("|---|---:|---:|---:|---:|---:|")
            for r in pages:
                if len(r.get("base", [])) == 5:
                    p(f"| {r['name']} | " + " | ".join(r["base"]) + " |")
        p()
        p(f"Peak memory (VmHWM) at the end of the run: `ope serve` {meta['app_vmhwm_mb']} MB "
          f"(VmRSS {meta['app_vmrss_mb']} MB), MariaDB {meta['db_vmhwm_mb']} MB.")
    lignes = objectifs(runs, ns)
    if lignes:
        p()
        p("## Targets (issue 17)")
        p()
        p(f"{sum(1 for *_, ok in lignes if ok)} PASS, {sum(1 for *_, ok in lignes if not ok)} MISS.")
        p()
        p("| target | measured | |")
        p("|---|---:|---|")
        for cible, mesure, ok in lignes:
            p(f"| {cible} | {mesure} | {verdict(ok)} |")
    if len(runs) > 1:
        first, last = ns[0], ns[-1]
        a, b = runs[first][1], runs[last][1]
        p()
        p(f"## What grows with the data ({nombre(first)} → {nombre(last)} trainees)")
        p()
        p(f"| page | req/s {nombre(first)} | req/s {nombre(last)} | req/s ratio | p99 {nombre(first)} | "
          f"p99 {nombre(last)} | alone {nombre(first)} | alone {nombre(last)} |")
        p("|---|---:|---:|---:|---:|---:|---:|---:|")
        for x, y in zip(a, b):
            ratio = y["rps"] / x["rps"] if x["rps"] else 0
            p(f"| {x['name']} | {x['rps']:.0f} | {y['rps']:.0f} | {ratio:.2f} | {ms(x['p99'])} | {ms(y['p99'])} | "
              f"{ms(x['single'])} | {ms(y['single'])} |")
        p()
        ma, mb = runs[first][0], runs[last][0]
        p(f"Peak memory of `ope serve`: {ma['app_vmhwm_mb']} MB → {mb['app_vmhwm_mb']} MB; "
          f"MariaDB: {ma['db_vmhwm_mb']} MB → {mb['db_vmhwm_mb']} MB.")


if __name__ == "__main__":
    main()
