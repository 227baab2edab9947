#!/usr/bin/python3
"""Generates domain/unicode_tables.inc, the Unicode tables of normalise.cpp,
from Debian's Unicode Character Database (package unicode-data).

    /usr/bin/python3 scripts/unicode_tables.py           rewrites domain/unicode_tables.inc
    /usr/bin/python3 scripts/unicode_tables.py --check   exits 1 and prints a diff when the
                                                          committed file is not what it makes

--ucd DIR reads the database from DIR instead of /usr/share/unicode. A missing
data file is an error (exit status 2), never a silent skip: the CTest test
unicode_tables runs --check. Standard library only.
"""
import argparse
import difflib
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "domain" / "unicode_tables.inc"
DEFAULT_UCD = pathlib.Path("/usr/share/unicode")

# Blocks where normalise.cpp takes case mappings from Unicode rather than from
# Poco 1.11: the Latin and Greek blocks where Poco was found wrong. Left out on
# purpose (see HEADER): the blocks where Unicode maps letters to letters newer
# than Poco's tables (U+026A -> U+A7AE...).
CASE_BLOCKS = [
    "Latin-1 Supplement",
    "Latin Extended-A",
    "Latin Extended-B",
    "Greek and Coptic",
    "Latin Extended Additional",
    "Greek Extended",
]

HEADER = """\
// GENERATED FILE, DO NOT EDIT. Made by
//     /usr/bin/python3 scripts/unicode_tables.py
// from Debian's Unicode Character Database, Unicode {version} (package
// unicode-data: /usr/share/unicode/UnicodeData.txt, DerivedNormalizationProps.txt,
// Blocks.txt). The CTest test unicode_tables fails when this file differs from
// what the script makes; change the script, not this file.
//
// Included by normalise.cpp inside its anonymous namespace.
//
// kCompositions: canonical compositions of a Latin letter with one combining
// mark, {{base, mark, precomposed}}, sorted by base then mark. They are the
// canonical decompositions of two code points whose first one is named
// "LATIN ...", without the composition exclusions (Full_Composition_Exclusion).
//
// kCaseBlocks, kUpperCase, kLowerCase: Unicode's simple case mappings
// (UnicodeData.txt fields 12 and 13) of every code point of these blocks that
// has one, sorted; a code point of the blocks that is not listed maps to
// itself. normalise.cpp uses them instead of Poco 1.11's case tables, which
// disagree with Unicode for a few letters of these blocks (long s, micro sign,
// Greek iota and final sigma, titlecase digraphs...). Whole blocks rather than
// only Poco's mistakes, so that the tables come from Unicode's data alone.
// Other blocks keep Poco's mappings: in IPA Extensions, Phonetic Extensions
// Supplement and Latin Extended-D/E, Unicode maps some letters to letters newer
// than Poco's tables (U+026A to U+A7AE...), which Poco would refuse as
// non-letters when the name is saved again.
"""


def die(message):
    print(f"unicode_tables.py : {message}", file=sys.stderr)
    sys.exit(2)


def read(path):
    """The lines of a data file; a missing file stops the script (exit 2)."""
    try:
        return path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        die(f"{path} introuvable (paquet Debian unicode-data : apt-get install unicode-data)")


def records(lines):
    """The semicolon-separated fields of each data line, comments removed."""
    for line in lines:
        line = line.split("#", 1)[0].strip()
        if line:
            yield [field.strip() for field in line.split(";")]


def code_points(text):
    """'00C0' or '00C0..00C5' -> range of code points."""
    first, _, last = text.partition("..")
    return range(int(first, 16), int(last or first, 16) + 1)


def version_of(path, lines):
    """The Unicode version from a header such as '# Blocks-15.0.0.txt'."""
    match = re.match(r"# \w+-(\d+\.\d+\.\d+)\.txt", lines[0] if lines else "")
    if not match:
        die(f"version de Unicode introuvable dans la première ligne de {path}")
    return match.group(1)


def load(ucd):
    """Reads the database: (version, characters, exclusions, blocks)."""
    paths = {name: ucd / f"{name}.txt" for name in ("UnicodeData", "DerivedNormalizationProps", "Blocks")}
    lines = {name: read(path) for name, path in paths.items()}

    # UnicodeData.txt carries no version; the other two files must agree.
    versions = {version_of(paths[name], lines[name]) for name in ("DerivedNormalizationProps", "Blocks")}
    if len(versions) != 1:
        die(f"fichiers de versions différentes dans {ucd} : {sorted(versions)}")

    # code point -> (name, canonical decomposition or [], simple upper, simple lower)
    characters = {}
    for fields in records(lines["UnicodeData"]):
        cp = int(fields[0], 16)
        decomposition = [] if fields[5].startswith("<") else [int(x, 16) for x in fields[5].split()]
        upper = int(fields[12], 16) if fields[12] else cp
        lower = int(fields[13], 16) if fields[13] else cp
        characters[cp] = (fields[1], decomposition, upper, lower)
    if len(characters) < 10000:
        die(f"{paths['UnicodeData']} incomplet ({len(characters)} lignes)")

    exclusions = set()
    for fields in records(lines["DerivedNormalizationProps"]):
        if fields[1] == "Full_Composition_Exclusion":
            exclusions.update(code_points(fields[0]))

    blocks = {fields[1]: code_points(fields[0]) for fields in records(lines["Blocks"])}
    return versions.pop(), characters, exclusions, blocks


def compositions(characters, exclusions):
    table = []
    for cp, (_, decomposition, _, _) in characters.items():
        if len(decomposition) == 2 and cp not in exclusions:
            base, mark = decomposition
            if characters[base][0].startswith("LATIN "):
                table.append((base, mark, cp))
    return sorted(table)


def case_tables(characters, blocks):
    missing = [name for name in CASE_BLOCKS if name not in blocks]
    if missing:
        die(f"blocs absents de Blocks.txt : {missing}")
    ranges = [blocks[name] for name in CASE_BLOCKS]
    upper, lower = [], []
    for cp in sorted(characters):
        if any(cp in r for r in ranges):
            _, _, to_upper, to_lower = characters[cp]
            if to_upper != cp:
                upper.append((cp, to_upper))
            if to_lower != cp:
                lower.append((cp, to_lower))
    return ranges, upper, lower


def array(declaration, rows):
    """A C++ array of structs, one per line, as {0x00C0, 0x0300}."""
    lines = ",\n".join("    {" + ", ".join(f"0x{v:04X}" for v in row) + "}" for row in rows)
    return f"{declaration} = {{\n{lines}\n}};\n"


def generate(ucd):
    version, characters, exclusions, blocks = load(ucd)
    ranges, upper, lower = case_tables(characters, blocks)
    block_lines = "".join(
        f"    {{0x{r.start:04X}, 0x{r.stop - 1:04X}}},  // {name}\n" for name, r in zip(CASE_BLOCKS, ranges))
    return "\n".join([
        HEADER.format(version=version),
        "struct Composition {\n    char32_t base, mark, composed;\n};",
        array("constexpr Composition kCompositions[]", compositions(characters, exclusions)),
        "struct CodeRange {\n    char32_t first, last;\n};",
        f"constexpr CodeRange kCaseBlocks[] = {{\n{block_lines}}};\n",
        "struct CaseMapping {\n    char32_t from, to;\n};",
        array("constexpr CaseMapping kUpperCase[]", upper),
        array("constexpr CaseMapping kLowerCase[]", lower).rstrip("\n"),
    ]) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true",
                        help=f"compare with {OUTPUT.relative_to(ROOT)} instead of writing it")
    parser.add_argument("--ucd", type=pathlib.Path, default=DEFAULT_UCD,
                        help=f"folder of the Unicode Character Database [{DEFAULT_UCD}]")
    args = parser.parse_args()

    generated = generate(args.ucd)
    name = OUTPUT.relative_to(ROOT)
    if not args.check:
        OUTPUT.parent.mkdir(exist_ok=True)
        OUTPUT.write_text(generated, encoding="utf-8")
        print(f"{name} écrit.")
        return 0

    committed = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
    if committed == generated:
        print(f"{name} est à jour.")
        return 0
    sys.stdout.writelines(difflib.unified_diff(committed.splitlines(keepends=True), generated.splitlines(keepends=True),
                                               f"{name} (dans le dépôt)", f"{name} (généré)"))
    print(f"\n{name} n'est pas ce que fait scripts/unicode_tables.py : "
          "lancez /usr/bin/python3 scripts/unicode_tables.py et validez le résultat.", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
