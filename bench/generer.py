#!/usr/bin/python3
"""Realistic, deterministic data set for the benchmark (standard library only).

    /usr/bin/python3 bench/generer.py --stagiaires 100000 --seed 1 \
      | mariadb --no-defaults --default-character-set=utf8mb4 --socket=... ope

Writes SQL on standard output: multi-row INSERTs of 1 000 rows, one transaction
per table, foreign-key checks off during the load. To be loaded after
`ope migrate` and `ope demo` (it adds to what is there: every id is an offset
from the table's current largest id, read when the script runs).

What it makes (N = --stagiaires):
  * N trainee records with invented French names (accents, hyphens, "DE LA
    FONTAINE", "N'DIAYE"), birth dates, addresses in the Nord / Pas-de-Calais,
    phones "06 xx xx xx xx", e-mails; 0 to 3 studies each; their search words
    (stagiaire_mot, the same split as data/stagiaires.cpp `mots()`); a site
    account each (role stagiaire, login prenom.nom[n]); a "fiche créée" journal
    entry each (and a change for some).
  * 20 staff accounts (8 tutors, 12 trainers).
  * 20 years of monthly sessions (2006-01 .. 2025-12, 12 or 13 a month: 3 000),
    each with 12 workshops (7 in cycle 1, 5 in cycle 2), 1 or 2 tutors, 1 or 2
    trainers and 25 trainees drawn among those whose record existed then (so
    the sessions and workshops are the same whatever N; only who attends
    changes); attendance for every trainee and workshop (900 000 rows), entered
    by the tutor, with a comment now and then.
  * One more session (2025-12) of 40 trainees x 14 workshops, all in cycle 1,
    half of them entered: the biggest attendance sheet and validation grid.
  * The trainee "banc.essai" (the first record), enrolled in that session and
    two others whatever N: the same /espace page in every data set.
  * A documents library: 8 folders, 60 documents (8 to 120 KB).
  * Past "envoi documentation" for about a third of the sessions: recipients
    (sent, a few failed) and one or two small attachments (a few KB each, to
    keep the load short; real ones weigh up to 2 MB).

Every account (staff and trainees) gets the password hash of the account
--hash-from (default "responsable", whose password is "demo" after `ope demo`):
no argon2 in Python's standard library, and one hash is enough.
"""

import argparse
import calendar
import datetime
import random
import sys
import time
import unicodedata

BATCH = 1000

# ------------------------------------------------------------------ data ----

# (prénom, civilité). Common French first names of several generations.
PRENOMS = [
    ("Marie", "Mme"), ("Nathalie", "Mme"), ("Isabelle", "Mme"), ("Sylvie", "Mme"), ("Catherine", "Mme"),
    ("Sandrine", "Mme"), ("Céline", "Mme"), ("Aurélie", "Mme"), ("Émilie", "Mme"), ("Élodie", "Mme"),
    ("Stéphanie", "Mme"), ("Véronique", "Mme"), ("Hélène", "Mme"), ("Valérie", "Mme"), ("Julie", "Mme"),
    ("Laetitia", "Mme"), ("Anaïs", "Mme"), ("Chloé", "Mme"), ("Léa", "Mme"), ("Manon", "Mme"),
    ("Camille", "Mme"), ("Inès", "Mme"), ("Sarah", "Mme"), ("Zoé", "Mme"), ("Océane", "Mme"),
    ("Mélissa", "Mme"), ("Gaëlle", "Mme"), ("Maëlle", "Mme"), ("Amélie", "Mme"), ("Geneviève", "Mme"),
    ("Thérèse", "Mme"), ("Françoise", "Mme"), ("Christine", "Mme"), ("Martine", "Mme"), ("Brigitte", "Mme"),
    ("Fatima", "Mme"), ("Aminata", "Mme"), ("Nadia", "Mme"), ("Samira", "Mme"), ("Yasmine", "Mme"),
    ("Khadija", "Mme"), ("Aïcha", "Mme"), ("Emma", "Mme"), ("Jade", "Mme"), ("Louise", "Mme"),
    ("Anne-Sophie", "Mme"), ("Marie-Claire", "Mme"), ("Marie-Hélène", "Mme"), ("Anne", "Mme"), ("Agnès", "Mme"),
    ("Jean", "M."), ("Pierre", "M."), ("Michel", "M."), ("Philippe", "M."), ("Alain", "M."),
    ("Patrick", "M."), ("Nicolas", "M."), ("Christophe", "M."), ("Laurent", "M."), ("Stéphane", "M."),
    ("Frédéric", "M."), ("Sébastien", "M."), ("Julien", "M."), ("David", "M."), ("Thomas", "M."),
    ("Jérôme", "M."), ("François", "M."), ("Benoît", "M."), ("Loïc", "M."), ("Clément", "M."),
    ("Raphaël", "M."), ("Théo", "M."), ("Mathéo", "M."), ("Hugo", "M."), ("Lucas", "M."),
    ("Kévin", "M."), ("Maxime", "M."), ("Antoine", "M."), ("Noël", "M."), ("Joël", "M."),
    ("Hervé", "M."), ("Karim", "M."), ("Mohamed", "M."), ("Mehdi", "M."), ("Sofiane", "M."),
    ("Mamadou", "M."), ("Moussa", "M."), ("Youssef", "M."), ("Martin", "M."), ("Louis", "M."),
    ("Jean-Pierre", "M."), ("Jean-Luc", "M."), ("Jean-François", "M."), ("Jean-Marc", "M."), ("Paul", "M."),
    ("Éric", "M."), ("Olivier", "M."), ("Didier", "M."), ("Grégory", "M."), ("Cédric", "M."),
]

# Family names, most common first (their weight falls with the rank).
NOMS = """MARTIN BERNARD THOMAS PETIT ROBERT RICHARD DURAND DUBOIS MOREAU LAURENT SIMON MICHEL LEFÈVRE
LEROY ROUX DAVID BERTRAND MOREL FOURNIER GIRARD BONNET DUPONT LAMBERT FONTAINE ROUSSEAU VINCENT
MÜLLER LEFEBVRE FAURE ANDRÉ MERCIER BLANC GUÉRIN BOYER GARNIER CHEVALIER FRANÇOIS LEGRAND GAUTHIER
GARCÍA PERRIN ROBIN CLÉMENT MORIN NICOLAS HENRY ROUSSEL MATHIEU GAUTIER MASSON MARCHAND DUVAL DENIS
DUMONT MARIE LEMAIRE NOËL MEYER DUFOUR MEUNIER BRUN BLANCHARD GIRAUD JOLY RIVIÈRE LUCAS BRUNET
GAILLARD BARBIER ARNAUD MARTINEZ GÉRARD ROCHE RENARD SCHMITT ROY LEROUX COLIN VIDAL CARON PICARD
ROGER FABRE AUBERT LEMOINE RENAUD DUMAS LACROIX OLIVIER PHILIPPE BOURGEOIS PIERRE BENOÎT REY
LECLERC PAYET ROLLAND LECLERCQ GUILLAUME LECOMTE LÓPEZ JEAN DUPUY GUILLOT HUBERT BERGER CARPENTIER
SANCHEZ DUPUIS MOULIN LOUIS DESCHAMPS HUET VASSEUR PEREZ BOUCHER FLEURY ROYER KLEIN JACQUET ADAM
PARIS POIRIER MARTY AUBRY GUYOT CARRÉ CHARLES RENAULT CHARPENTIER MÉNARD MAILLARD BARON BERTIN
BAILLY HERVÉ SCHNEIDER FERNANDEZ LE_GALL COLLET LÉGER BOUVIER JULIEN PRÉVOST MILLET PERROT DANIEL
LE_ROUX COUSIN GERMAIN BRETON BESSON LANGLOIS RÉMY LE_GOFF PELLETIER LÉVÊQUE PERRIER LEBLANC BARRÉ
LEBRUN MARCHAL WEBER MALLET HAMON BOULANGER JACOB MONNIER MICHAUD RODRIGUEZ GUICHARD GILLET ÉTIENNE
GRONDIN POULAIN TESSIER CHEVALLIER COLLIN CHAUVIN DA_SILVA BOUCHET GAY LEMAÎTRE BENARD MARÉCHAL
HUMBERT REYNAUD ANTOINE HOARAU PERRET BARTHÉLEMY CORDIER PICHON LEJEUNE GILBERT LAMY DELAUNAY
PASQUIER CARLIER LAPORTE DE_LA_FONTAINE N'DIAYE OUEDRAOGO BENALI NGUYEN DIALLO TRAORÉ KONÉ HADDAD
BOUAZIZ D'ALMEIDA DELATTRE DEVOS DECLERCQ VANDENBERGHE DUHAMEL DEBRUYNE WILLEM CASIER""".split()
NOMS = [n.replace("_", " ") for n in NOMS]
# Rank weights: MARTIN about 1.3 % of the records, the rarest about 0.3 %.
NOM_POIDS = [1.0 / (rang + 8) ** 0.6 for rang in range(len(NOMS))]

# (town, postcode, weight)
VILLES = [
    ("Lille", "59000", 20), ("Roubaix", "59100", 10), ("Tourcoing", "59200", 9),
    ("Villeneuve-d'Ascq", "59650", 6), ("Marcq-en-Barœul", "59700", 3), ("Wattrelos", "59150", 4),
    ("Lambersart", "59130", 3), ("Armentières", "59280", 3), ("La Madeleine", "59110", 2),
    ("Mons-en-Barœul", "59370", 2), ("Hem", "59510", 2), ("Croix", "59170", 2), ("Wasquehal", "59290", 2),
    ("Loos", "59120", 2), ("Lomme", "59160", 2), ("Faches-Thumesnil", "59155", 1), ("Ronchin", "59790", 1),
    ("Halluin", "59250", 1), ("Seclin", "59113", 1), ("Haubourdin", "59320", 1),
    ("Saint-André-lez-Lille", "59350", 1), ("Douai", "59500", 3), ("Valenciennes", "59300", 3),
    ("Lens", "62300", 3), ("Arras", "62000", 2), ("Béthune", "62400", 2), ("Dunkerque", "59140", 3),
    ("Saint-Martin-Boulogne", "62280", 1), ("Saint-Omer", "62500", 1), ("Calais", "62100", 2),
]
VILLE_POIDS = [v[2] for v in VILLES]

VOIES = ["rue", "rue", "rue", "avenue", "boulevard", "place", "allée", "impasse", "chemin", "résidence"]
NOMS_VOIES = ["des Lilas", "Jean Jaurès", "Victor Hugo", "de la Gare", "du Marché", "Pasteur", "Gambetta",
              "de l'Église", "Nationale", "du Général de Gaulle", "Léon Blum", "des Écoles", "Carnot",
              "de Lille", "Jules Ferry", "de la République", "d'Arras", "Émile Zola", "des Tilleuls",
              "du Moulin", "Saint-Martin", "Roger Salengro", "de Roubaix", "Faidherbe", "Solférino"]

DOMAINES = ["exemple.fr", "courriel.example", "laposte.example", "orange.example", "free.example",
            "mel.example"]

DIPLOMES = [("CAP", ["Cuisine", "Vente", "Petite enfance", "Électricité", "Coiffure", "Maçonnerie"]),
            ("BEP", ["Comptabilité", "Secrétariat", "Électrotechnique", "Sanitaire et social"]),
            ("Brevet des collèges", [""]),
            ("Baccalauréat professionnel", ["Commerce", "Gestion-administration", "Logistique", "Accueil"]),
            ("Baccalauréat général", ["Économique et social", "Scientifique", "Littéraire"]),
            ("BTS", ["Assistant de gestion", "Négociation et relation client", "Informatique de gestion"]),
            ("DUT", ["Gestion des entreprises", "Techniques de commercialisation", "Carrières sociales"]),
            ("Licence", ["Droit", "Psychologie", "Langues étrangères appliquées", "Histoire"]),
            ("Master", ["Sciences de gestion", "Ressources humaines", "Génie civil"]),
            ("Titre professionnel", ["Secrétaire assistant", "Agent de propreté", "Préparateur de commandes"])]
ETABLISSEMENTS = ["Lycée Gaston Berger, Lille", "Lycée Jean Rostand, Roubaix", "Université de Lille",
                  "IUT de Roubaix", "AFPA de Lomme", "Lycée Colbert, Tourcoing", "CFA de Marcq-en-Barœul",
                  "Université d'Artois", "Lycée Baggio, Lille", "GRETA Grand Lille", "Lycée professionnel Turgot",
                  "Université polytechnique Hauts-de-France", "Lycée Pasteur, Lille", ""]

ATELIERS_C1 = ["Bilan de compétences", "Rédiger son CV", "La lettre de motivation", "Valoriser son expérience",
               "Chercher des offres en ligne", "Le marché du travail local", "Connaître ses droits"]
ATELIERS_C2 = ["Préparer un entretien", "Simulation d'entretien filmée", "Réseaux et candidatures spontanées",
               "Le premier mois en poste", "Projet professionnel : bilan"]
ATELIERS_14 = ATELIERS_C1 + ATELIERS_C2 + ["Numérique : l'espace personnel", "Créer son profil en ligne"]

INTITULES = ["Recherche d'emploi : méthodes et outils", "Retour à l'emploi", "Projet professionnel",
             "Remobilisation vers l'emploi", "Techniques de recherche d'emploi", "Reprendre confiance",
             "Objectif emploi", "Accompagnement renforcé", "Cap vers l'emploi", ""]

COMMENTAIRES = ["Arrivé·e avec 20 minutes de retard.", "Très participatif·ve.", "A quitté l'atelier à la pause.",
                "Rendez-vous médical (justificatif fourni).", "Bonne préparation, CV à finaliser.",
                "Entretien d'embauche ce jour-là.", "Doit apporter son CV la prochaine fois.",
                "Garde d'enfant imprévue.", "Très bonne simulation d'entretien.", "Absent·e sans prévenir."]

REPERTOIRES = ["Administratif", "CV et lettres", "Entretien", "Modèles", "Offres d'emploi", "Réseaux",
               "Droits et aides", "Numérique"]

STAFF = [("M.", "LEFÈVRE", "Antoine"), ("Mme", "BENOIT", "Chantal"), ("M.", "HADDAD", "Rachid"),
         ("Mme", "VERHAEGHE", "Sophie"), ("Mme", "DUQUESNE", "Odile"), ("M.", "MASUREL", "Bruno"),
         ("Mme", "TAVERNIER", "Hélène"), ("M.", "DESMET", "Guillaume"),  # 8 tutors
         ("Mme", "NGUYEN", "Sophie"), ("M.", "CARLIER", "Jérôme"), ("Mme", "PRUVOST", "Maryse"),
         ("M.", "DELCROIX", "Yann"), ("Mme", "SALOMÉ", "Inès"), ("M.", "BOUCHAREB", "Farid"),
         ("Mme", "DEGRAVE", "Annick"), ("M.", "LEMAIRE", "Vincent"), ("Mme", "CATTEAU", "Nadège"),
         ("M.", "VANHOVE", "Pascal"), ("Mme", "DIOP", "Awa"), ("M.", "FLAMENT", "Régis")]  # 12 trainers
NB_TUTEURS = 8

PREMIER_MOIS = (2006, 1)
NB_MOIS = 240                     # 2006-01 .. 2025-12
ATELIERS_PAR_SESSION = 12
INSCRITS_PAR_SESSION = 25
GRANDE_SESSION = (40, 14)         # trainees, workshops
LOGIN_BANC = "banc.essai"

# --------------------------------------------------------------- helpers ----


def q(s):
    """A SQL string literal (MariaDB's default mode: backslash escapes)."""
    if s is None:
        return "NULL"
    return "'" + s.replace("\\", "\\\\").replace("'", "''") + "'"


def fold(s):
    """ASCII, lower case: for logins, e-mails and the order of search words."""
    s = unicodedata.normalize("NFKD", s.replace("œ", "oe").replace("Œ", "OE"))
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def login_base(prenom, nom):
    """domain/normalise.cpp login_base(): [a-z0-9] runs joined by '.' or '-'."""
    out, pending = [], ""
    for c in fold(prenom + "." + nom):
        if c.isascii() and c.isalnum():
            if pending and out:
                out.append(pending)
            pending = ""
            out.append(c)
        elif c == ".":
            pending = "."
        elif c in "- \t" and pending != ".":
            pending = "-"
    return "".join(out)[:60].rstrip(".-") or "stagiaire"


def decouper(text):
    """data/stagiaires.cpp decouper(): words split on white space, '-', '\'' and '’'."""
    for sep in ("-", "'", "\t", "\u2019"):
        text = text.replace(sep, " ")
    return [w.encode()[:100].decode(errors="ignore") for w in text.split(" ") if w]


def mots(nom, prenom, ville, email):
    out = decouper(nom) + decouper(prenom) + decouper(ville)
    if email:
        out.append(email[:100])
    return out


def mois_de(m):
    y, mo = PREMIER_MOIS
    mo += m
    return y + (mo - 1) // 12, (mo - 1) % 12 + 1


def jours_ouvres(annee, mois):
    n = calendar.monthrange(annee, mois)[1]
    return [datetime.date(annee, mois, d) for d in range(1, n + 1)
            if datetime.date(annee, mois, d).weekday() < 5]


def dt(d, h=9, mi=0):
    return f"'{d.isoformat()} {h:02d}:{mi:02d}:00'"


class Sortie:
    """Multi-row INSERTs of BATCH rows, one transaction per table."""

    def __init__(self, out):
        self.out = out
        self.lignes = 0

    def table(self, verbe, table, colonnes, rows, batch=BATCH):
        head = f"{verbe} INTO {table} ({', '.join(colonnes)}) VALUES\n"
        buf, n = [], 0
        for row in rows:
            buf.append("(" + ",".join(row) + ")")
            n += 1
            if len(buf) == batch:
                self.out.write(head + ",\n".join(buf) + ";\n")
                buf = []
        if buf:
            self.out.write(head + ",\n".join(buf) + ";\n")
        self.out.write("COMMIT;\n")
        self.lignes += n
        print(f"  {table}: {n} lignes", file=sys.stderr)
        return n

    def sql(self, text):
        self.out.write(text + "\n")


# ------------------------------------------------------------------ main ----


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--stagiaires", type=int, default=100000, help="number of trainee records (N)")
    ap.add_argument("--seed", type=int, default=1, help="random seed: same seed, same data")
    ap.add_argument("--hash-from", default="responsable",
                    help="login of the account whose password hash every generated account gets")
    args = ap.parse_args()
    n_stag = args.stagiaires
    if n_stag < 100:
        ap.error("--stagiaires: at least 100")
    # One stream per part, so that the sessions, workshops, attendance and
    # documents are the same whatever N (only who is enrolled changes).
    rnd = random.Random(f"{args.seed}/stagiaires")
    r_sess = random.Random(f"{args.seed}/sessions")
    r_insc = random.Random(f"{args.seed}/inscriptions")
    r_pres = random.Random(f"{args.seed}/presences")
    r_docs = random.Random(f"{args.seed}/documents")
    r_env = random.Random(f"{args.seed}/envois")
    t0 = time.time()
    out = Sortie(sys.stdout)

    out.sql("-- bench/generer.py --stagiaires %d --seed %d" % (n_stag, args.seed))
    out.sql("SET NAMES utf8mb4;")
    out.sql("SET SESSION foreign_key_checks = 0, autocommit = 0;")
    # Every id is an offset from the current largest one: the demo data stays.
    for var, table in (("u0", "utilisateur"), ("s0", "stagiaire"), ("f0", "session_formation"),
                       ("a0", "atelier"), ("e0", "envoi")):
        out.sql(f"SET @{var} = (SELECT COALESCE(MAX(id), 0) FROM {table});")
    # NULL (no such account) makes the first account INSERT fail: mot_de_passe_hash is NOT NULL.
    out.sql(f"SET @h = (SELECT mot_de_passe_hash FROM utilisateur WHERE login = {q(args.hash_from)});")

    # ---- staff accounts: ids @u0+1 .. @u0+20
    def staff_rows():
        for k, (civ, nom, prenom) in enumerate(STAFF):
            role = "tuteur" if k < NB_TUTEURS else "formateur"
            login = fold(prenom[0] + "." + nom).replace(" ", "-")
            email = fold(prenom + "." + nom).replace(" ", "-") + "@ope.example"
            yield (f"@u0+{k + 1}", q(login), "@h", q(role), q(civ), q(nom), q(prenom), q(email),
                   dt(datetime.date(2005, 9, 1 + k)))
    out.table("INSERT", "utilisateur",
              ["id", "login", "mot_de_passe_hash", "role", "civilite", "nom", "prenom", "email", "cree_le"],
              staff_rows())
    tuteurs = list(range(1, NB_TUTEURS + 1))
    formateurs = list(range(NB_TUTEURS + 1, len(STAFF) + 1))
    staff_email = {k + 1: fold(p + "." + n).replace(" ", "-") + "@ope.example" for k, (_, n, p) in enumerate(STAFF)}
    staff_nom = {k + 1: (p, n) for k, (_, n, p) in enumerate(STAFF)}

    # ---- trainees: record i (0-based) is stagiaire @s0+i+1, created in date order
    debut = datetime.date(2005, 9, 1)
    fin = datetime.date(2025, 12, 15)
    span = (fin - debut).days
    S = []  # (civ, nom, prenom, ville, email, cree_le date, tel_portable, login)
    logins = {}
    telephones = set()
    for i in range(n_stag):
        prenom, civ = rnd.choice(PRENOMS)
        nom = rnd.choices(NOMS, NOM_POIDS)[0]
        if rnd.random() < 0.04:  # double names
            nom = nom + "-" + rnd.choices(NOMS, NOM_POIDS)[0]
        ville, cp, _ = rnd.choices(VILLES, VILLE_POIDS)[0]
        cree = debut + datetime.timedelta(days=span * i // n_stag)
        while True:
            tel = "0%d %02d %02d %02d %02d" % (rnd.choice((6, 6, 6, 7)), rnd.randrange(100), rnd.randrange(100),
                                              rnd.randrange(100), rnd.randrange(100))
            if tel not in telephones:
                telephones.add(tel)
                break
        if rnd.random() < 0.08:
            tel = ""  # no mobile phone
        email = ""
        if rnd.random() < 0.9:
            p, n = fold(prenom).replace(" ", ""), fold(nom).replace(" ", "").replace("'", "")
            forme = rnd.randrange(4)
            local = [f"{p}.{n}", f"{p}.{n}{rnd.randrange(1, 99)}", f"{p[0]}.{n}", f"{n}{p}"][forme]
            email = f"{local}@{rnd.choice(DOMAINES)}"
        if i == 0:
            login = LOGIN_BANC
        else:
            base = login_base(prenom, nom)
            k = logins.get(base, 0) + 1
            logins[base] = k
            login = base if k == 1 else f"{base}{k}"
        S.append((civ, nom, prenom, ville, cp, email, cree, tel, login))

    def stagiaire_rows():
        for i, (civ, nom, prenom, ville, cp, email, cree, tel, _) in enumerate(S):
            naissance = datetime.date(rnd.randrange(1955, 2005), rnd.randrange(1, 13), rnd.randrange(1, 29))
            adresse = f"{rnd.randrange(1, 180)} {rnd.choice(VOIES)} {rnd.choice(NOMS_VOIES)}"
            fixe = "03 20 %02d %02d %02d" % (rnd.randrange(100), rnd.randrange(100), rnd.randrange(100)) \
                if rnd.random() < 0.2 else ""
            yield (f"@s0+{i + 1}", q(civ), q(nom), q(prenom), q(naissance.isoformat()), q(adresse), q(cp), q(ville),
                   q(fixe), q(tel), q(email), "1" if rnd.random() < 0.85 else "0",
                   "1" if rnd.random() < 0.8 else "0", "1" if rnd.random() < 0.8 else "0", dt(cree, 10),
                   dt(cree, 10))
    out.table("INSERT", "stagiaire",
              ["id", "civilite", "nom", "prenom", "date_naissance", "adresse", "code_postal", "ville", "tel_fixe",
               "tel_portable", "email", "parution_adresse", "parution_telephone", "parution_email", "cree_le",
               "modifie_le"], stagiaire_rows())

    def etude_rows():
        for i, s in enumerate(S):
            for _ in range(rnd.choices((0, 1, 2, 3), (20, 45, 25, 10))[0]):
                diplome, specs = rnd.choice(DIPLOMES)
                yield (f"@s0+{i + 1}", str(rnd.randrange(1972, 2025)), q(diplome), q(rnd.choice(specs)),
                       q(rnd.choice(ETABLISSEMENTS)))
    out.table("INSERT", "etude", ["stagiaire_id", "annee", "diplome", "specialite", "etablissement"], etude_rows())

    # Search words, in (roughly) the index's order; the collation is case- and
    # accent-insensitive, hence the de-duplication on the folded word.
    mots_rows = []
    for i, (civ, nom, prenom, ville, cp, email, *_r) in enumerate(S):
        vus = set()
        for m in mots(nom, prenom, ville, email):
            key = fold(m)
            if key not in vus:
                vus.add(key)
                mots_rows.append((key, i + 1, m))
    mots_rows.sort()
    out.table("INSERT IGNORE", "stagiaire_mot", ["mot", "stagiaire_id"],
              ((q(m), f"@s0+{i}") for _, i, m in mots_rows))
    del mots_rows

    # Accounts: the password every trainee chose is the hash of --hash-from's.
    # IGNORE: a generated login may already exist (the demo's trainees).
    def compte_rows():
        for i, (civ, nom, prenom, ville, cp, email, cree, tel, login) in enumerate(S):
            derniere = cree + datetime.timedelta(days=rnd.randrange(1, 400))
            yield (q(login), "@h", "'stagiaire'", f"@s0+{i + 1}", q(civ), q(nom), q(prenom), q(email),
                   dt(derniere, 14), dt(cree, 10), "0")
    out.table("INSERT IGNORE", "utilisateur",
              ["login", "mot_de_passe_hash", "role", "stagiaire_id", "civilite", "nom", "prenom", "email",
               "derniere_connexion", "cree_le", "doit_choisir_mot_de_passe"], compte_rows())

    def journal_rows():
        for i, (civ, nom, prenom, ville, cp, email, cree, tel, login) in enumerate(S):
            par = rnd.choice(tuteurs)
            yield (dt(cree, 10), f"@u0+{par}", "'creation'", "'stagiaire'", f"@s0+{i + 1}",
                   q("fiche créée, identifiant " + login))
            if rnd.random() < 0.15 and tel:
                nouveau = "07 %02d %02d %02d %02d" % tuple(rnd.randrange(100) for _ in range(4))
                yield (dt(cree + datetime.timedelta(days=rnd.randrange(1, 200)), 11), f"@u0+{par}",
                       "'modification'", "'stagiaire'", f"@s0+{i + 1}",
                       q(f"téléphone portable : « {nouveau} » → « {tel} »"))
    out.table("INSERT", "journal", ["quand", "utilisateur_id", "action", "objet", "objet_id", "detail"],
              journal_rows())

    # ---- sessions, workshops, enrolments
    # A session of month m draws its trainees among the records created up to
    # then, mostly the last year's: records are in creation order.
    window = max(n_stag // 20, 60)
    sessions = []  # dict(id, date, intitule, tuteurs, formateurs, ateliers[(id, date, titre, cycle)], inscrits)
    atelier_id = 0
    for m in range(NB_MOIS):
        y, mo = mois_de(m)
        jours = jours_ouvres(y, mo)
        hi = min(n_stag, max((m + 1) * n_stag // NB_MOIS, 60))
        lo = max(1, hi - window)  # record 0 (banc.essai) is only enrolled on purpose
        for _ in range(12 + m % 2):
            dates = sorted(r_sess.sample(jours, ATELIERS_PAR_SESSION))
            ateliers = []
            for k, d in enumerate(dates):
                atelier_id += 1
                cycle = 1 if k < len(ATELIERS_C1) else 2
                ateliers.append((atelier_id, d, (ATELIERS_C1 + ATELIERS_C2)[k], cycle))
            sessions.append({
                "mois": datetime.date(y, mo, 1), "intitule": r_sess.choice(INTITULES),
                "tuteurs": r_sess.sample(tuteurs, r_sess.choice((1, 1, 1, 2))),
                "formateurs": r_sess.sample(formateurs, r_sess.choice((1, 2))),
                "ateliers": ateliers,
                "inscrits": sorted(r_insc.sample(range(lo, hi), min(INSCRITS_PAR_SESSION, hi - lo))),
                "saisie_jusqua": None,
            })
    # The big session, last: 40 trainees x 14 workshops, half of them entered.
    nb, na = GRANDE_SESSION
    jours = jours_ouvres(2025, 12)
    ateliers = []
    for k, d in enumerate(sorted(r_sess.sample(jours, na))):
        atelier_id += 1
        ateliers.append((atelier_id, d, ATELIERS_14[k], 1))
    hi = n_stag
    grande = {"mois": datetime.date(2025, 12, 1), "intitule": "Accompagnement renforcé (groupe élargi)",
              "tuteurs": [1, 2], "formateurs": [9, 10], "ateliers": ateliers,
              "inscrits": sorted([0] + r_insc.sample(range(max(1, hi - window), hi), nb - 1)),
              "saisie_jusqua": ateliers[na // 2 - 1][1]}
    sessions.append(grande)
    # banc.essai: the big session and two others, whatever N.
    for idx in (len(sessions) - 40, len(sessions) - 200):
        sessions[idx]["inscrits"] = sorted(sessions[idx]["inscrits"][1:] + [0])
    for k, s in enumerate(sessions):
        s["id"] = k + 1

    out.table("INSERT", "session_formation", ["id", "mois", "intitule", "cree_le", "cree_par"],
              ((f"@f0+{s['id']}", q(s["mois"].isoformat()), q(s["intitule"]),
                dt(s["mois"] - datetime.timedelta(days=20), 9), f"@u0+{s['tuteurs'][0]}") for s in sessions))
    out.table("INSERT", "session_intervenant", ["session_id", "utilisateur_id", "role"],
              ((f"@f0+{s['id']}", f"@u0+{u}", q(role)) for s in sessions
               for role, us in (("tuteur", s["tuteurs"]), ("formateur", s["formateurs"])) for u in us))
    out.table("INSERT", "atelier", ["id", "session_id", "date_atelier", "intitule", "cycle"],
              ((f"@a0+{a}", f"@f0+{s['id']}", q(d.isoformat()), q(t), str(c))
               for s in sessions for a, d, t, c in s["ateliers"]))

    statuts = ["rsa", "pole_emploi", "autofinancement", "employeur", "autre", None]
    statut_poids = [35, 40, 5, 5, 5, 10]

    def inscription_rows():
        for s in sessions:
            for i in s["inscrits"]:
                st = r_insc.choices(statuts, statut_poids)[0]
                caf = str(r_insc.randrange(1000000, 9999999)) if st == "rsa" else ""
                cli = f"CLI-{r_insc.randrange(10000):04d}" if st == "rsa" else ""
                comp = "Financement de la mission locale" if st == "autre" else ""
                quand = s["mois"] - datetime.timedelta(days=r_insc.randrange(3, 40))
                yield (f"@f0+{s['id']}", f"@s0+{i + 1}", q(st), q(caf), q(cli), q(comp), dt(quand, 15))
    out.table("INSERT", "inscription",
              ["session_id", "stagiaire_id", "statut_financement", "numero_caf", "numero_cli",
               "complement_financement", "inscrit_le"], inscription_rows())

    def presence_rows():
        for s in sessions:
            for a, d, _t, _c in s["ateliers"]:
                saisi = s["saisie_jusqua"] is None or d <= s["saisie_jusqua"]
                par = f"@u0+{s['tuteurs'][0]}"
                for i in s["inscrits"]:
                    if not saisi:
                        yield (f"@a0+{a}", f"@s0+{i + 1}", "'non_renseigne'", "''", "NULL", "NULL")
                        continue
                    r = r_pres.random()
                    st = "present" if r < 0.82 else "absent" if r < 0.92 else "excuse"
                    com = r_pres.choice(COMMENTAIRES) if r_pres.random() < 0.08 else ""
                    yield (f"@a0+{a}", f"@s0+{i + 1}", q(st), q(com), par, dt(d, 17, r_pres.randrange(60)))
    out.table("INSERT", "presence",
              ["atelier_id", "stagiaire_id", "statut", "commentaire", "valide_par", "valide_le"], presence_rows())

    # ---- documents library
    out.table("INSERT IGNORE", "repertoire", ["nom", "cree_le"],
              ((q(r), dt(datetime.date(2006 + k, 1, 10))) for k, r in enumerate(REPERTOIRES)))
    docs = []
    for k in range(60):
        rep = REPERTOIRES[k % len(REPERTOIRES)]
        taille = r_docs.randrange(8, 120) * 1024
        ext, mime = r_docs.choice((("pdf", "application/pdf"), ("pdf", "application/pdf"),
                                ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                                ("odt", "application/vnd.oasis.opendocument.text")))
        nom = f"{fold(rep).replace(' ', '-').replace(chr(39), '-')}-{k // len(REPERTOIRES) + 1:02d}.{ext}"
        contenu = (b"%PDF-1.4\n" if ext == "pdf" else b"PK\x03\x04") + r_docs.randbytes(taille)
        docs.append((q(rep), q(nom), q(mime), str(len(contenu)), "X'" + contenu.hex() + "'",
                     f"@u0+{r_docs.choice(tuteurs)}", dt(datetime.date(2010 + k % 15, 1 + k % 12, 5))))
    # Large rows: smaller statements (max_allowed_packet).
    out.table("INSERT", "document", ["repertoire", "nom_fichier", "type_mime", "taille", "contenu", "depose_par",
                                     "depose_le"], docs, batch=8)
    del docs

    # ---- past sendings
    envois = []
    for s in sessions:
        if s is grande or r_docs.random() >= 0.35:
            continue
        envois.append(s)
    # The session page benchmarked (the newest normal session with a sending)
    # must have one: the last normal session always does.
    if sessions[-2] not in envois:
        envois.append(sessions[-2])
    for k, s in enumerate(envois):
        s["envoi"] = k + 1
    mois_fr = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
               "novembre", "décembre"]

    def envoi_rows():
        for s in envois:
            exp = s["tuteurs"][0]
            p, n = staff_nom[exp]
            quand = s["ateliers"][-1][1] + datetime.timedelta(days=2)
            sujet = f"Documentation de la session de {mois_fr[s['mois'].month - 1]} {s['mois'].year}"
            corps = (f"Bonjour,\n\nVous trouverez ci-joint les documents présentés pendant la session.\n\n"
                     f"Bonne continuation,\n{p} {n}")
            yield (f"@e0+{s['envoi']}", f"@f0+{s['id']}", f"@u0+{exp}", q(sujet), q(corps), dt(quand, 16),
                   q(staff_email[exp]), "'envoye'", "1", dt(quand, 16, 5))
    out.table("INSERT", "envoi", ["id", "session_id", "expediteur_id", "sujet", "corps", "cree_le", "copie_email",
                                  "copie_statut", "copie_tentatives", "copie_envoyee_le"], envoi_rows())

    def destinataire_rows():
        for s in envois:
            quand = s["ateliers"][-1][1] + datetime.timedelta(days=2)
            for i in s["inscrits"]:
                email = S[i][5]
                if not email:
                    continue
                if r_env.random() < 0.04:
                    yield (f"@e0+{s['envoi']}", f"@s0+{i + 1}", q(email), "'echec'", "10",
                           q("550 5.1.1 <" + email + ">: adresse inconnue"), "NULL", dt(quand, 23))
                else:
                    yield (f"@e0+{s['envoi']}", f"@s0+{i + 1}", q(email), "'envoye'", "1", "''", dt(quand, 16, 2),
                           dt(quand, 16))
    out.table("INSERT", "envoi_destinataire", ["envoi_id", "stagiaire_id", "email", "statut", "tentatives",
                                                "derniere_erreur", "envoye_le", "prochain_essai"],
              destinataire_rows())

    pieces = [("Guide-entretien.pdf", "application/pdf"), ("Modele-CV.docx",
              "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
              ("Lettre-de-motivation.pdf", "application/pdf"), ("Sites-emploi.pdf", "application/pdf")]
    contenus = {nom: "X'" + (b"%PDF-1.4\n" + r_docs.randbytes(r_docs.randrange(2, 6) * 1024)).hex() + "'"
                for nom, _ in pieces}

    def piece_rows():
        for s in envois:
            for nom, mime in r_docs.sample(pieces, r_docs.choice((1, 2))):
                yield (f"@e0+{s['envoi']}", q(nom), q(mime), contenus[nom])
    out.table("INSERT", "envoi_piece_jointe", ["envoi_id", "nom_fichier", "type_mime", "contenu"], piece_rows(),
              batch=200)

    out.sql("SET SESSION foreign_key_checks = 1;")
    out.sql("ANALYZE TABLE stagiaire, stagiaire_mot, utilisateur, etude, session_formation, session_intervenant,"
            " atelier, inscription, presence, envoi, envoi_destinataire, envoi_piece_jointe, document, journal;")
    print(f"  {out.lignes} lignes écrites en {time.time() - t0:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
