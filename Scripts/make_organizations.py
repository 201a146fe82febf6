#!/usr/bin/env python3
"""Generate NewsGraph's organization knowledge base and legal-form suffix list from open data.

Writes, into Sources/Extraction/Resources/Gazetteers/ (see README-organizations.md there):
  organizations-kb.tsv  name TAB category TAB source tag   (one organization name a line)
  legal-forms.tsv       suffix TAB written forms TAB kind TAB countries TAB source

Sources (nothing is downloaded at run time; every input is a PyPI package or a local copy of a public
GitHub repository, read with `git show`; no name comes from any evaluation corpus):

  tag      source                                                    how to obtain                         licence
  -------  --------------------------------------------------------  ------------------------------------  -----------------
  ticker   pytickersymbols 1.17.10 (companies of 20 stock indices,   pip install pytickersymbols==1.17.10   MIT (package); its
           names as on the index pages)                                                                    data was compiled
                                                                                                           from Wikipedia
  cleanco  cleanco 2.3, cleanco/termdata.py (legal-form terms by     pip install cleanco==2.3               MIT
           type and by country)
  nasdaq   github datasets/nasdaq-listings, data/nasdaq-listed-       repository at commit                   ODC-PDDL-1.0
           symbols.csv (Nasdaq-listed companies)                     31d3809cc090d5a535ecc3db2b26904cbb2ac84d
  nyse     github datasets/nyse-other-listings, data/other-listed.   repository at commit                   ODC-PDDL-1.0
           csv (NYSE and other US exchange listings)                 e08f184e20a73d596f9288e0bf28bd09aa577a48
  hipo     github Hipo/university-domains-list,                      repository at commit                   MIT
           world_universities_and_domains.json                       bb07faf064e1c68be9b26fb71de31f01e361f974
  ofb      github openfootball/clubs, */*.clubs.txt (club names      repository at commit                   CC0-1.0
           and the alternative names listed under them)              ae3800227c449447b3a337fc0aac79a8f02f4c8b
  annie    github GateNLP/gateplugin-ANNIE,                          repository at commit                   LGPL-3.0
           src/main/resources/resources/gazetteer/*.lst (company,    c0236fada8696faa68781ae1d3e5ba5a520eef25
           government, UK public-body, party, media, team lists)
  pfacts   github hdigital/partyfactsdata, import/elecglob/          repository at commit                   MIT (LICENSE.md);
           partyfacts-core-parties.csv (Party Facts core parties:    764de8978f84ba41a1c88752d6a00b9a4d05f599 cite Döring &
           original and English names, short names)                                                        Regel 2019

Filters only (not shipped, no names taken from them): the sibling gazetteers in
Sources/NewsGraph/Resources/Gazetteers (common-words.txt, given-names.txt, surnames.txt, places.tsv,
organization-words.tsv, groups.tsv), the lower-case words of the "web2" list (Webster's Second International,
public domain) from `pip install english-words==2.0.2` (MIT), and word frequencies from `pip install wordfreq==3.1.1`
(code Apache-2.0, data CC BY-SA 4.0) to tell frequent dictionary words from rare ones.
A few legal forms cleanco lacks (KK, Pty, SpA, SE, Tbk, ...) are hand-written below (EXTRA_LEGAL_FORMS).

Usage:
  pip install pytickersymbols==1.17.10 cleanco==2.3 english-words==2.0.2 wordfreq==3.1.1
  # git directories of the six repositories above (a bare clone of each GitHub repository, holding the
  # commit named), e.g. DIR/Hipo+university-domains-list for Hipo/university-domains-list
  python3 Scripts/make_organizations.py [--repos DIR]
DIR holds one git directory per repository, named owner+name (either DIR/owner+name or DIR/owner+name/repo);
default $ORG_SOURCES or /work/.mirror. Each repository is read at the commit named above.
"""
import argparse
import collections
import csv
import io
import json
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
OUT = os.path.join(ROOT, "Sources", "Extraction", "Resources", "Gazetteers")
FILTERS = os.path.join(ROOT, "Sources", "NewsGraph", "Resources", "Gazetteers")

REPOS = {
    "nasdaq": ("datasets/nasdaq-listings", "31d3809cc090d5a535ecc3db2b26904cbb2ac84d"),
    "nyse": ("datasets/nyse-other-listings", "e08f184e20a73d596f9288e0bf28bd09aa577a48"),
    "hipo": ("Hipo/university-domains-list", "bb07faf064e1c68be9b26fb71de31f01e361f974"),
    "ofb": ("openfootball/clubs", "ae3800227c449447b3a337fc0aac79a8f02f4c8b"),
    "annie": ("GateNLP/gateplugin-ANNIE", "c0236fada8696faa68781ae1d3e5ba5a520eef25"),
    "pfacts": ("hdigital/partyfactsdata", "764de8978f84ba41a1c88752d6a00b9a4d05f599"),
}
SOURCE_NOTES = [
    "ticker: pytickersymbols 1.17.10 (PyPI; MIT; index membership data compiled from Wikipedia)",
    "nasdaq: github datasets/nasdaq-listings @31d3809 (ODC-PDDL-1.0)",
    "nyse: github datasets/nyse-other-listings @e08f184 (ODC-PDDL-1.0)",
    "hipo: github Hipo/university-domains-list @bb07faf (MIT)",
    "ofb: github openfootball/clubs @ae38002 (CC0-1.0)",
    "annie: github GateNLP/gateplugin-ANNIE @c0236fa, resources/gazetteer (LGPL-3.0)",
    "pfacts: github hdigital/partyfactsdata @764de89, Party Facts core parties (MIT; cite Doering & Regel 2019)",
]

# --- Word classes used by the filters ----------------------------------------------------------------

# Lower-case words allowed inside a name ("Bank of England", "Universidade Federal de Lavras").
CONNECTORS = set("""
of for the and & on in at to upon under de du des la le les l' d' del della delle dei degli di da do dos das e y et
und für fur zu zur zum der den dem van von voor op het en og i och af al el an na sur aux au per
plc
""".split())
# Function words an entry may not start or end with (a leading "The" is stripped first).
FUNCTION = set("""
a an the of for and or but nor on in at to by with from as into onto upon over under about against between
through during before after above below up down out off than then so if because while this that these those
its his her their our your my we you he she it they them is are was were be been being has have had do does did
""".split())

CORP_WORDS = r"(?:Inc\.?|Incorporated|Corp\.?|Corporation|Co\.?|Company|Ltd\.?|Limited|L\.?L\.?C\.?|L\.?P\.?|" \
             r"PLC|plc|P\.L\.C\.|AG|SE|S\.?A\.?|N\.?V\.?|B\.?V\.?|S\.?p\.?A\.?|A/S|ASA|AB|Oyj|Oy|GmbH|KGaA|" \
             r"Holdings?|Group|Bhd\.?|Berhad|Pty\.? Ltd\.?|Pte\.? Ltd\.?|K\.?K\.?|N\.A\.)"
LEGAL_SUFFIX = re.compile(r"(?:,?\s+(?:Inc\.?|Incorporated|Corp\.?|Corporation|Co\.?|Company|Ltd\.?|Limited|"
                          r"L\.?L\.?C\.?|L\.P\.|LP|PLC|plc|P\.L\.C\.|AG|SE|S\.A\.|SA|N\.V\.|NV|B\.V\.|S\.p\.A\.|SpA|"
                          r"A/S|ASA|AB|Oyj|Oy|GmbH|KGaA|Bhd\.?|Berhad|K\.K\.|N\.A\.|Pty\.? Ltd\.?|Pte\.? Ltd\.?|"
                          r"S\.A\.B\. de C\.V\.|SAB de CV|& Co\.?|and Company))+$")
SECURITY_TAIL = re.compile(
    r"\s+(?:-\s+)?(?:Common Stock|Ordinary Shares|Common Shares|American Depositary Shares|American Depository Shares|"
    r"Depositary Shares|Class [A-Z]\b|Series [A-Z0-9]+\b|Units?|Warrants?|Rights?|Subordinate Voting Shares|"
    r"Shares of Beneficial Interest|Common Units|Limited Partnership Units|Each representing|Representing|"
    r"Depositary|Redeemable|Cumulative|Preferred (?:Stock|Shares|Securities)|Senior Notes)\b.*$"
    r"|\s+\$?\d+(?:\.\d+)?%.*$|\s+\$\d.*$", re.I)


def git_show(repo_dir, commit, path):
    return subprocess.run(["git", "--git-dir", repo_dir, "show", f"{commit}:{path}"], check=True,
                          capture_output=True).stdout.decode("utf-8", "replace")


def git_ls(repo_dir, commit):
    return subprocess.run(["git", "--git-dir", repo_dir, "ls-tree", "-r", "--name-only", commit], check=True,
                          capture_output=True, text=True).stdout.split("\n")


def repo_dir(base, name):
    d = os.path.join(base, name.replace("/", "+"))
    return os.path.join(d, "repo") if os.path.isdir(os.path.join(d, "repo")) else d


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        return [l.rstrip("\n") for l in f if l.strip() and not l.startswith("#")]


# --- Sources ---------------------------------------------------------------------------------------------
# Each yields (name, category, tag, kind). kind "club-alias" marks openfootball alternative names, which are
# allowed to be one-word place names (category sports-club-place) because the source names them as clubs.

BANK = re.compile(r"\b(?:Bank|Banco|Banca|Banque|Bancorp|Bancorporation|Bankshares|Bancshares|Sparkasse|Savings)\b")


def company_category(name, industries=()):
    if BANK.search(name) or any("bank" in i.lower() for i in industries):
        return "bank"
    if re.search(r"\b(?:Exchange|Bourse|B[öo]rse|Nasdaq)\b", name) and re.search(r"\b(?:Stock|Nasdaq|Group|Börse)\b", name):
        return "exchange"
    return "company"


def from_tickers():
    from pytickersymbols import PyTickerSymbols
    for s in PyTickerSymbols().get_all_stocks():
        name = s.get("name", "").strip()
        if name:
            yield name, company_category(name, s.get("industries") or []), "ticker", "ticker"


def clean_security_name(name):
    name = name.split(" - ")[0].strip()
    name = SECURITY_TAIL.sub("", name).strip().rstrip(",").strip()
    return name


SKIP_LISTING = re.compile(r"\b(?:ETF|ETN|ETNs|Fund|Funds|Trust Units|Index|Notes?|Debentures|%|Acquisition|Merger|"
                          r"Capital Trust|Portfolio|Municipal|Income Shares|Strategy|Strategies|Daily|Bull|Bear|"
                          r"ProShares|iShares|Direxion|Invesco|SPDR|Vanguard|WisdomTree|Global X|Barings|Proshares)\b")


def from_listings(base):
    d = repo_dir(base, REPOS["nasdaq"][0])
    text = git_show(d, REPOS["nasdaq"][1], "data/nasdaq-listed-symbols.csv")
    for row in csv.DictReader(io.StringIO(text)):
        if row.get("ETF") == "Y" or row.get("Test Issue") == "Y":
            continue
        name = clean_security_name(row["Company Name"] or row["Security Name"])
        if name and not SKIP_LISTING.search(row["Security Name"]):
            yield name, company_category(name), "nasdaq", "company"
    d = repo_dir(base, REPOS["nyse"][0])
    text = git_show(d, REPOS["nyse"][1], "data/other-listed.csv")
    for row in csv.DictReader(io.StringIO(text)):
        if row.get("ETF") == "Y" or row.get("Test Issue") == "Y":
            continue
        name = clean_security_name(row["Company Name"])
        if name and not SKIP_LISTING.search(row["Company Name"]):
            yield name, company_category(name), "nyse", "company"


def from_universities(base):
    d = repo_dir(base, REPOS["hipo"][0])
    for u in json.loads(git_show(d, REPOS["hipo"][1], "world_universities_and_domains.json")):
        name = u["name"].strip()
        yield name, "university", "hipo", "university"


def sponsor_forms(name):
    """openfootball marks a sponsor's part of a club name: "$$Cashpoint$$ SCR Altach" gives
    "Cashpoint SCR Altach" and "SCR Altach"."""
    if "$$" not in name:
        return [name] if name else []
    return [re.sub(r"\s+", " ", f).strip() for f in (name.replace("$$", ""), re.sub(r"\$\$.*?\$\$", "", name))]


def from_clubs(base):
    d = repo_dir(base, REPOS["ofb"][0])
    commit = REPOS["ofb"][1]
    for path in git_ls(d, commit):
        if not re.search(r"/[a-z]+\.clubs\.txt$", path):
            continue
        reserve = False
        for raw in git_show(d, commit, path).split("\n"):
            line = re.sub(r"#.*", "", raw).rstrip()
            if not line.strip() or line.lstrip().startswith("="):
                continue
            if re.match(r"^[ivx]+\)", line.strip()):      # reserve / youth team: "ii) Bayern München II"
                reserve = True
                continue
            if line.startswith(" ") and "|" not in line:    # street address line
                continue
            if line.lstrip().startswith("|"):
                if reserve:
                    continue
                for alias in line.strip().lstrip("|").split("|"):
                    alias = re.sub(r"\[[a-z]+\]", "", alias).strip()
                    for form in sponsor_forms(alias):
                        yield form, "sports-club", "ofb", "club-alias"
                continue
            if line.startswith(" "):
                continue
            reserve = False
            name = re.sub(r"\[[a-z]+\]", "", line.split(",")[0].split("@")[0]).strip()
            for form in sponsor_forms(name):
                yield form, "sports-club", "ofb", "club"


ANNIE_LISTS = {
    "company.lst": "company", "more_company.lst": "company", "companies_uk.lst": "company",
    "tvcompany.lst": "media", "newspapers.lst": "media", "radio_stations_uk.lst": "media",
    "agency.lst": "international", "charities.lst": "institution", "organization.lst": "institution",
    "government.lst": "government", "department.lst": "government", "ministry.lst": "government",
    "political_party.lst": "party", "team.lst": "sports-club", "mlb-teams.lst": "sports-club",
    "nba-teams.lst": "sports-club", "nfl-teams.lst": "sports-club", "university_uk.lst": "university",
    "government/org-law.lst": "government", "government/org-military.lst": "government",
    "government/org-other.lst": "government", "government/org-political.lst": "party",
    "government/executive-agencies.lst": "agency", "government/executive-agencies-old.lst": "agency",
    "government/govt-departments-ministerial.lst": "government",
    "government/govt-departments-non-ministerial.lst": "government",
    "government/govt-departments-non-ministerial-old.lst": "government",
    "government/public-bodies-non-departmental.lst": "agency",
}
INTERNATIONAL = re.compile(r"\b(?:United Nations|International|World|European|Organi[sz]ation of|Union of|Nations|"
                           r"Interpol|NATO|OPEC|ASEAN|Commonwealth)\b")


def annie_category(name, cat):
    if cat == "company" or (cat in ("agency", "institution") and BANK.search(name)):
        return company_category(name)
    if cat in ("institution", "government") and INTERNATIONAL.search(name):
        return "international"
    if re.search(r"\bParty\b", name):
        return "party"
    if re.search(r"\b(?:Union|Trades Union Congress|Federation of Labor|AFL-CIO)\b", name) and cat == "institution":
        return "union"
    return cat


def from_annie(base):
    d = repo_dir(base, REPOS["annie"][0])
    commit = REPOS["annie"][1]
    for lst, cat in ANNIE_LISTS.items():
        for line in git_show(d, commit, "src/main/resources/resources/gazetteer/" + lst).split("\n"):
            line = line.split("\t")[0].strip()
            if not line:
                continue
            parts = line.split("|")
            name = re.sub(r":[A-Za-z]+=.*$", "", parts[0]).strip()
            abbrevs = [p.split("=", 1)[1] for p in parts[1:] if p.startswith("abbrev=")]
            # "Advisory, Conciliation & Arbitration Service (ACAS)": the name and the abbreviation it gives.
            m = re.match(r"^(.*?)\s*\(([^()]+)\)$", name)
            if m:
                name = m.group(1)
                if re.fullmatch(r"[A-Z][A-Za-z&.]+", m.group(2)):
                    abbrevs.append(m.group(2))
            if name:
                yield name, annie_category(name, cat), "annie", "annie"
            for a in abbrevs:
                yield a.strip(), annie_category(name, cat), "annie", "annie"


# Project convention (as in Scripts/make_gazetteers.py): the building, not the organization.
NOT_ORGANIZATIONS = {"White House"}

def from_parties(base):
    """Party Facts core parties: the original name, each English name ("A / B" lists several) and, for parties that
    won 5% or more of a vote, the short name (acronym)."""
    d = repo_dir(base, REPOS["pfacts"][0])
    text = git_show(d, REPOS["pfacts"][1], "import/elecglob/partyfacts-core-parties.csv")
    for row in csv.DictReader(io.StringIO(text)):
        if row.get("technical"):          # technical entries: "other parties", "independents"
            continue
        for n in [row["name"]] + row["name_english"].split(" / "):
            n = n.strip()
            if n:
                yield n, "party", "pfacts", "party"
        try:
            share = float(row.get("share") or 0)
        except ValueError:
            share = 0
        short = row["name_short"].strip()
        if share >= 5 and re.fullmatch(r"[A-ZÀ-Ý][A-Za-zÀ-ÿ0-9&.\-]{2,}", short):
            yield short, "party", "pfacts", "party-short"


# --- Filtering -------------------------------------------------------------------------------------------

def tokens(name):
    return re.findall(r"\w+(?:['’.\-&]\w+)*\.?|[^\w\s]", name)


class Filter:
    def __init__(self):
        from english_words import get_english_words_set
        from wordfreq import zipf_frequency
        global zipf
        zipf = lambda w: zipf_frequency(w, "en")
        # "Common English word": a lower-case web2 dictionary word that is also frequent (Zipf >= 3, about once
        # per million words), so rare dictionary words that name companies (Biogen, Calix) are not dropped.
        self.web2 = {w for w in get_english_words_set(["web2"], lower=False, alpha=True) if w.islower()}
        self.dictionary = {w for w in get_english_words_set(["web2"], lower=False, alpha=True)
                           if w.islower() and zipf_frequency(w, "en") >= 3.0}
        self.common = {w.lower() for w in read_lines(os.path.join(FILTERS, "common-words.txt"))}
        self.given = set(read_lines(os.path.join(FILTERS, "given-names.txt")))
        self.surnames = set(read_lines(os.path.join(FILTERS, "surnames.txt")))
        self.places = {l.split("\t")[0]: l.split("\t")[1] for l in read_lines(os.path.join(FILTERS, "places.tsv"))}
        # Group forms (Nazi, Republicans, Muslims) are groups, not organizations, in this project.
        self.groups = {c for l in read_lines(os.path.join(FILTERS, "groups.tsv")) for c in l.split("\t")}
        self.heads = {l.split("\t")[0].rstrip(".").lower() for l in read_lines(os.path.join(FILTERS, "organization-words.tsv"))}
        self.dropped = collections.Counter()
        self.dropped_examples = collections.defaultdict(list)

    def drop(self, reason, name):
        self.dropped[reason] += 1
        if len(self.dropped_examples[reason]) < 12:
            self.dropped_examples[reason].append(name)
        return None

    def clean(self, name):
        name = unicodedata.normalize("NFC", name)
        name = name.replace("’", "'").replace("\u00a0", " ")
        name = re.sub(r"\s+", " ", name).strip().strip(",;:").strip()
        if name.startswith('"') and name.endswith('"'):
            name = name[1:-1].strip()
        name = re.sub(r"^(?:The|THE|the)\s+", "", name)
        # Wikipedia-style disambiguators and share classes: "Buckle (clothing retailer)", "Clearway Energy, Inc. (Class A)"
        name = re.sub(r"\s*\([^()]*\)$", "", name).strip()
        return name

    def check(self, name, kind, cat=None):
        """Return the category override ('' for keep as is, 'place' for an ambiguous club alias) or None to drop."""
        if len(name) <= 2:
            return self.drop("1-2 characters", name)
        if not re.search(r"[A-Za-zÀ-ɏͰ-ϿЀ-ӿ]", name) or re.fullmatch(r"[\d\W]+", name):
            return self.drop("no letters / pure number", name)
        if len(name) > 90:
            return self.drop("longer than 90 characters", name)
        if any(c in name for c in "()[]{}<>@\\\"$%") or re.search(r"(?<!\w)/|/(?!\w)", name):
            return self.drop("brackets or odd characters", name)
        if name[0] in "'‘\"“-–&.,":
            return self.drop("starts with a quote or punctuation", name)
        if name in NOT_ORGANIZATIONS or name in self.groups or re.fullmatch(r"[A-Z][a-z]+(?:ists|ites)", name):
            return self.drop("group form (groups.tsv, -ists, -ites) or project convention (not an organization)", name)
        if name in self.places:
            # A name that is also a place: countries and regions never; a club named by its city is kept,
            # marked (CoNLL-style sports results) if it passes the word checks below; anything else is dropped.
            # A one-word company name of a strong source (ANNIE's curated list, index members) that is also a city
            # (Toyota, Hitachi) is kept the same way, marked company-place.
            strong_company = kind in ("ticker", "annie") and cat in ("company", "bank") and " " not in name
            if not ((kind in ("club", "club-alias") or strong_company) and self.places[name] in ("city", "subdivision")):
                return self.drop("place name", name)
        verdict = self.check_words(name, kind, cat)
        if verdict == "" and name in self.places:
            return "place"
        return verdict

    def is_common(self, low):
        """A frequent English word, plural and superlative forms included (web2 lists few: troops, strongest)."""
        if low in self.dictionary:
            return True
        for stem in (low[:-1] if low.endswith("s") else None, low[:-2] if low.endswith("es") else None,
                     low[:-3] + "y" if low.endswith("ies") else None, low[:-3] if low.endswith("est") else None):
            if stem and stem in self.dictionary and zipf(low) >= 3.0:
                return True
        return False

    def check_words(self, name, kind, cat):
        toks = tokens(name)
        words = [t for t in toks if re.match(r"\w", t)]
        if not words:
            return self.drop("no words", name)
        if name.isupper() and len(words) > 1 and not all(len(w) <= 4 for w in words):
            return self.drop("all-caps multi-word form (case variant)", name)
        # An all-caps first or last word in a mixed-case name is an acronym ("ON Semiconductor"), not a function word.
        mixed = not name.isupper()
        if (words[0].lower() in FUNCTION and not (mixed and words[0].isupper())) or \
                (words[-1].lower() in FUNCTION and not (mixed and words[-1].isupper())):
            return self.drop("starts or ends with a function word", name)
        for w in words:
            if w[0].islower() and w.lower() not in CONNECTORS and not re.match(r"^(?:[a-z]{1,3}['\-]|[a-z]+[A-Z])", w) \
                    and not (kind in ("company", "ticker") and len(w) >= 4 and w.isalpha() and w not in self.web2):
                return self.drop("lower-case word that is not a connector", name)
        if len(words) >= 2 and all(len(w.rstrip(".")) == 1 for w in words):
            return self.drop("spaced-out letters", name)
        if len(words) == 1:
            w = words[0]
            low = w.lower()
            if low in self.common or low in FUNCTION:
                return self.drop("one word: common word", name)
            if w.isupper() or re.search(r"[A-Z].*[A-Z]|\d", w[1:]) or re.search(r"[&.\-']", w.rstrip(".")):
                # acronyms and inner-capital or compound forms (BBC, AkzoNobel, Air-India, 3M) are name-like,
                # unless they spell a common word (NICE, SHIFT) or a person name (TIM)
                if self.is_common(low):
                    return self.drop("one word: common English word", name)
                if w.capitalize() in self.given or w.capitalize() in self.surnames:
                    return self.drop("one word: person name", name)
                # Three-letter acronyms are kept only from ANNIE's curated lists (FBI, BBC) and the index members of
                # pytickersymbols (BMW, AMD); from the full exchange listings and
                # club aliases (score-table abbreviations) they collide with other acronyms too often.
                if w.isupper() and len(re.sub(r"\W", "", w)) <= 3 and kind not in ("annie", "ticker"):
                    return self.drop("one word: short acronym not from a curated list", name)
                return ""
            if self.is_common(low):
                return self.drop("one word: common English word", name)
            if low in self.heads:
                return self.drop("one word: organization head word", name)
            if w in self.given or w in self.surnames or w.capitalize() in self.surnames:
                return self.drop("one word: person name", name)
            return ""
        # Generic phrases in the hand-made ANNIE government and institution lists. Names from the registries
        # (listings, universities, clubs) are names of real bodies and are kept.
        content = [w for w in words if w.lower() not in CONNECTORS]
        # "Federal Government", "Children in Need", "News Media": only words of common-words.txt.
        if kind == "annie" and cat not in ("company", "bank", "media", "sports-club") and content \
                and all(w.lower() in self.common for w in content):
            return self.drop("generic phrase (common words only)", name)
        return ""


def base_forms(name):
    """A company name without its legal suffix, as given by the source ("Agilent Technologies, Inc." gives
    "Agilent Technologies" and "Agilent Technologies Inc."). Nothing is added that the source does not give."""
    out = []
    m = LEGAL_SUFFIX.search(name)
    if m and m.start() > 0:
        base = name[:m.start()].strip().rstrip(",").strip()
        if base:
            out.append(base)
        if "," in m.group(0):
            out.append(base + " " + m.group(0).lstrip(",").strip())
    return out


# --- Legal forms ------------------------------------------------------------------------------------------

# Legal forms the brief's list names that cleanco's table lacks (hand-written; same licence as NewsGraph).
EXTRA_LEGAL_FORMS = [
    ("kk", "Corporation", "Japan"), ("k.k.", "Corporation", "Japan"), ("pty", "Private Company", "Australia;South Africa"),
    ("spa", "Corporation", "Italy"), ("s.p.a", "Corporation", "Italy"), ("se", "Corporation", "European Union"),
    ("tbk", "Corporation", "Indonesia"), ("berhad", "Corporation", "Malaysia"), ("bv", "Limited", "Netherlands"),
    ("jsc", "Corporation", "Kazakhstan;Russia;Ukraine"), ("pjsc", "Corporation", "Russia;United Arab Emirates"),
    ("sab de cv", "Corporation", "Mexico"), ("s.a.b. de c.v.", "Corporation", "Mexico"), ("pvt ltd", "Limited", "India"),
    ("pvt. ltd.", "Limited", "India"), ("private limited", "Limited", "India;Singapore"), ("ltd. co.", "Limited", "-"),
    ("co., ltd.", "Limited", "China;Japan;South Korea;Taiwan"), ("holdings", "-", "-"),
]


def legal_forms(company_names):
    from cleanco import termdata

    def fix(t):
        try:  # termdata holds a few UTF-8 byte strings written as Latin-1 escapes
            t = t.encode("latin-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            pass
        return unicodedata.normalize("NFC", t.strip())

    by_term = collections.defaultdict(lambda: [set(), set(), set()])
    for kind, terms in termdata.terms_by_type.items():
        for t in terms:
            by_term[fix(t)][0].add(kind)
            by_term[fix(t)][2].add("cleanco")
    for country, terms in termdata.terms_by_country.items():
        for t in terms:
            by_term[fix(t)][1].add(country)
            by_term[fix(t)][2].add("cleanco")
    for t, kind, countries in EXTRA_LEGAL_FORMS:
        if t not in by_term:
            by_term[t][0].add(kind) if kind != "-" else None
            by_term[t][1].update(c for c in countries.split(";") if c != "-")
            by_term[t][2].add("hand-written")
    # How each suffix is written at the end of the company names of the sources ("GmbH", "S.p.A.", "Inc.").
    written = collections.defaultdict(collections.Counter)
    for name in company_names:
        low = name.lower()
        for t in by_term:
            if len(t) >= 2 and low.endswith(t) and len(low) > len(t) and low[-len(t) - 1] in " ,":
                written[t][name[-len(t):]] += 1
    rows = []
    for t, (kinds, countries, sources) in by_term.items():
        if not t:
            continue
        forms = ";".join(f for f, _ in written[t].most_common(4)) or "-"
        rows.append((t, forms, ";".join(sorted(kinds)) or "-", ";".join(sorted(countries)) or "-",
                     ";".join(sorted(sources))))
    return rows


# --- Main -------------------------------------------------------------------------------------------------

CATEGORY_RANK = ["international", "government", "agency", "party", "union", "university", "bank", "exchange", "media",
                 "sports-club", "institution", "company", "sports-club-place", "company-place"]
SOURCE_RANK = ["annie", "ticker", "hipo", "ofb", "pfacts", "nasdaq", "nyse"]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repos", default=os.environ.get("ORG_SOURCES", "/work/.mirror"))
    args = ap.parse_args()
    os.makedirs(OUT, exist_ok=True)
    flt = Filter()

    raw = []
    for gen in (from_tickers(), from_listings(args.repos), from_universities(args.repos), from_clubs(args.repos),
                from_annie(args.repos), from_parties(args.repos)):
        raw.extend(gen)
    print(f"raw entries: {len(raw)}", file=sys.stderr)

    entries = {}   # name -> {category: set(tags)}
    for name, cat, tag, kind in raw:
        name = flt.clean(name)
        forms = [name]
        if cat in ("company", "bank", "exchange"):
            forms += [flt.clean(b) for b in base_forms(name)]
        for form in forms:
            verdict = flt.check(form, kind, cat)
            if verdict is None:
                continue
            c = (cat + "-place" if cat in ("sports-club", "company") else "company-place") if verdict == "place" else cat
            entries.setdefault(form, {}).setdefault(c, set()).add(tag)

    rows = []
    for name, cats in entries.items():
        # One line per name: its most specific category, all sources that give the name.
        cat = min(cats, key=lambda c: CATEGORY_RANK.index(c) if c in CATEGORY_RANK else len(CATEGORY_RANK))
        # A plain club name also given as a club's own (non-alias) name stays sports-club.
        tags = sorted(set().union(*cats.values()), key=SOURCE_RANK.index)
        rows.append((name, cat, ",".join(tags)))
    rows.sort()

    header = ["organization name\tcategory\tsource tag(s); generated by Scripts/make_organizations.py, see README-organizations.md",
              "sources and licences:"] + ["  " + s for s in SOURCE_NOTES] + [
              "categories: " + ", ".join(CATEGORY_RANK) + " (sports-club-place: a club name that is also a place name; "
              "ambiguous, use only with sports context; company-place: a company name that is also a city, e.g. Toyota)"]
    with open(os.path.join(OUT, "organizations-kb.tsv"), "w", encoding="utf-8") as f:
        for h in header:
            f.write("# " + h + "\n")
        for r in rows:
            f.write("\t".join(r) + "\n")

    company_names = [n for n, c, t, k in raw if k in ("company", "ticker") or (t == "annie" and c in ("company", "bank"))]
    lf = sorted(set(legal_forms(company_names)), key=lambda r: (r[0].lower(), r[0]))
    with open(os.path.join(OUT, "legal-forms.tsv"), "w", encoding="utf-8") as f:
        f.write("# legal-form suffix (lower case, as in cleanco; match case-insensitively)\tas written at the end of company names "
                "in the KB sources, most frequent first (- if none)\tkind(s)\tcountries\tsource\n")
        f.write("# sources: cleanco 2.3 (PyPI), cleanco/termdata.py terms_by_type and terms_by_country, MIT licence; "
                "hand-written additions (KK, Pty, SpA, SE, Tbk, ...) in Scripts/make_organizations.py\n")
        for r in lf:
            f.write("\t".join(r) + "\n")

    print(f"organizations-kb.tsv: {len(rows)}", file=sys.stderr)
    print("by category:", dict(collections.Counter(r[1] for r in rows).most_common()), file=sys.stderr)
    print("by source:", dict(collections.Counter(t for r in rows for t in r[2].split(",")).most_common()), file=sys.stderr)
    print(f"legal-forms.tsv: {len(lf)}", file=sys.stderr)
    for reason, n in flt.dropped.most_common():
        print(f"dropped {n:6d}  {reason}: {flt.dropped_examples[reason]}", file=sys.stderr)


if __name__ == "__main__":
    main()
