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
    return meta, pages


def nombre(n):
    return f"{int(n):,}".replace(",", " ")


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
        p()
        p(f"Peak memory (VmHWM) at the end of the run: `ope serve` {meta['app_vmhwm_mb']} MB "
          f"(VmRSS {meta['app_vmrss_mb']} MB), MariaDB {meta['db_vmhwm_mb']} MB.")
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
