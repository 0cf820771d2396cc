#!/usr/bin/env python3
"""Inflects the "~lemma" words of a lexicon folder with the Czech Hunspell dictionary.

    scripts/lexicon-forms.py FOLDER            writes FOLDER/lemma-forms.tsv
    scripts/lexicon-forms.py FOLDER -o FILE    writes FILE instead

Every *.json file directly in FOLDER is read as a Kotva lexicon (the same files Kotva
loads). Every pattern word written "~lemma" or "~word=example" in "patterns" or
"except" gets a line in the table: the word as written after "~", a tab, and its forms
folded as Kotva folds text (lower case, no diacritics), separated by spaces. Kotva reads
the table when it loads the folder (resources/lexicons/README.md); the build runs this
script for the lexicons shipped with Kotva.

The forms come from unmunch (Debian package hunspell-tools) over a small dictionary
made of the lemma with its affix flags from cs_CZ.dic (package hunspell-cs); with
"=example" the lemma gets the flags of the example word instead, for words the
dictionary lacks (drug names, slang). The prefix flags that add the negative "ne-" are
left out: "~spolknout" covers "spolknu" but not "nespolknu" (the crisis detector reads
negation on its own). The same input always gives the same bytes.

Exit status 1 with every problem listed (file and line) when a lemma or an example is
not in the dictionary; 2 when the dictionary or unmunch is missing.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

TABLE_NAME = "lemma-forms.tsv"
DEFAULT_AFF = "/usr/share/hunspell/cs_CZ.aff"
DEFAULT_DIC = "/usr/share/hunspell/cs_CZ.dic"
# The Czech negative prefix: a prefix flag with an entry adding exactly this negates.
NEGATION = "ne"
# unmunch applies one affix (and a cross product); a suffix may carry further flags
# (twofold suffixes: "spolknuvší/Y" declines like an adjective), applied in more rounds.
MAX_ROUNDS = 3


class Problem(Exception):
    """A problem the user can fix in the lexicons or the installation."""


class Affixes:
    """What this script needs from the .aff file: its encoding, the flags it defines,
    the forbidden-word flag and how to take the negation out of a word's flags."""

    def __init__(self, path):
        raw = Path(path).read_bytes()
        self.encoding = "ISO8859-1"  # Hunspell's default without a SET line
        match = re.search(rb"^SET[ \t]+(\S+)", raw, re.MULTILINE)
        if match:
            self.encoding = match.group(1).decode("ascii")
        text = raw.decode(self.encoding)
        flag_type = re.search(r"^FLAG[ \t]+(\S+)", text, re.MULTILINE)
        if flag_type and flag_type.group(1) != "UTF-8":
            raise Problem(f"{path}: FLAG {flag_type.group(1)} is not supported "
                          "(only one-character flags)")
        forbidden = re.search(r"^FORBIDDENWORD[ \t]+(\S)", text, re.MULTILINE)
        self.forbidden = forbidden.group(1) if forbidden else None

        self.flags = set()
        prefixes = {}  # flag -> (cross product, [affix text, ...])
        for line in text.splitlines():
            fields = line.split()
            if len(fields) < 4 or fields[0] not in ("PFX", "SFX"):
                continue
            kind, flag = fields[0], fields[1]
            self.flags.add(flag)
            if kind != "PFX":
                continue
            if fields[2] in ("Y", "N") and fields[3].isdigit() and flag not in prefixes:
                prefixes[flag] = (fields[2], [])
            elif flag in prefixes:
                affix = fields[3].split("/")[0]
                prefixes[flag][1].append("" if affix == "0" else affix)

        # A flag that negates is dropped; if it also adds prefixes without the negation
        # (cs_CZ: W adds ne-, nej- and nejne-), it is replaced by the flag that adds just
        # those (E: nej-), so superlatives stay.
        self.replacement = {}
        for flag, (cross, affixes) in sorted(prefixes.items()):
            if NEGATION not in affixes:
                continue
            kept = sorted(a for a in affixes if not a.endswith(NEGATION))
            substitute = ""
            for other, (other_cross, other_affixes) in sorted(prefixes.items()):
                if kept and other != flag and other_cross == cross and \
                        sorted(other_affixes) == kept:
                    substitute = other
            if kept and not substitute:
                print(f"lexicon-forms: warning: prefix flag {flag} negates and no other flag "
                      f"adds only {', '.join(kept)}; those forms are left out",
                      file=sys.stderr)
            self.replacement[flag] = substitute

    def affirmative(self, flags):
        """flags with the negating prefix flags taken out (or replaced), known flags only."""
        result = []
        for flag in flags:
            flag = self.replacement.get(flag, flag)
            if flag and flag in self.flags and flag not in result:
                result.append(flag)
        return "".join(result)


def read_dictionary(path, encoding, words, forbidden):
    """The flags of every line of the .dic for each of words (exact spelling, or
    ignoring case when no line has the exact one), forbidden words left out."""
    wanted = {w.lower() for w in words}
    lines = {}
    with open(path, encoding=encoding) as dic:
        next(dic, None)  # the word count
        for line in dic:
            fields = line.split()
            if not fields:
                continue
            word, _, flags = fields[0].partition("/")
            if word.lower() not in wanted or (forbidden and forbidden in flags):
                continue
            lines.setdefault(word, []).append(flags)
    found = {}
    for word in words:
        if word in lines:
            found[word] = lines[word]
        else:
            same = [f for w, fl in sorted(lines.items()) if w.lower() == word.lower() for f in fl]
            if same:
                found[word] = same
    return found


class Unmunch:
    """Runs unmunch over a small dictionary in the .aff's encoding."""

    def __init__(self, program, aff, encoding, workdir):
        self.program = program
        self.aff = aff
        self.encoding = encoding
        self.dic = Path(workdir) / "lemmas.dic"

    def forms(self, entries):
        """Every word unmunch makes of entries [(word, flags)], as (form, flags it carries)."""
        lines = [f"{word}/{flags}" if flags else word for word, flags in entries]
        try:
            self.dic.write_bytes(f"{len(lines)}\n{chr(10).join(lines)}\n".encode(self.encoding))
        except UnicodeEncodeError as error:
            raise Problem(f"{entries[0][0]}: not representable in {self.encoding} ({error})")
        try:
            result = subprocess.run([self.program, str(self.dic), self.aff],
                                    stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                    check=True)
        except FileNotFoundError:
            raise FileNotFoundError(f"{self.program} is missing (install hunspell-tools)")
        except (OSError, subprocess.CalledProcessError) as error:
            raise Problem(f"unmunch failed: {error}")
        forms = []
        for line in result.stdout.decode(self.encoding).splitlines():
            # unmunch does not apply a suffix's own flags ("ův/Y"): it prints them after
            # the form, with stray characters that are no flags.
            form, _, flags = line.strip().partition("/")
            if form:
                forms.append((form, flags))
        return forms


def fold(word):
    """Lower case without diacritics, as Kotva's NormalisedText folds a word."""
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def inflect(root, flag_sets, affixes, unmunch):
    """The folded forms of root for each of its dictionary lines' flags (their union)."""
    forms = {fold(root)}
    pending = [(root, affixes.affirmative(flags)) for flags in flag_sets]
    for _ in range(MAX_ROUNDS):
        pending = sorted({entry for entry in pending if entry[1]})
        if not pending:
            break
        found = unmunch.forms(pending)
        pending = []
        for form, flags in found:
            forms.add(fold(form))
            further = affixes.affirmative(flags)
            if further:
                pending.append((form, further))
    # A form that would fold to several words (an apostrophe, a hyphen) matches no token.
    return sorted(f for f in forms if f and f.isalnum())


def line_of(text, needle):
    position = text.find(needle)
    return text.count("\n", 0, position) + 1 if position >= 0 else 1


def collect_lemmas(folder):
    """{"lemma" or "word=example": (file name, line)} for every ~ word of the folder's
    lexicons, and the problems found on the way."""
    lemmas, problems = {}, []
    for path in sorted(Path(folder).glob("*.json")):
        text = path.read_text(encoding="utf-8")
        try:
            document = json.loads(text)
        except json.JSONDecodeError as error:
            problems.append(f"{path.name}, line {error.lineno}: JSON syntax error: {error.msg}")
            continue
        entries = document.get("entries", []) if isinstance(document, dict) else []
        for entry in entries if isinstance(entries, list) else []:
            if not isinstance(entry, dict):
                continue
            for key in ("patterns", "except"):
                patterns = entry.get(key, [])
                for pattern in patterns if isinstance(patterns, list) else []:
                    if not isinstance(pattern, str):
                        continue
                    for part in pattern.split():
                        if not part.startswith("~"):
                            continue
                        spec = unicodedata.normalize("NFC", part[1:])
                        where = (path.name, line_of(text, part))
                        lemma, _, example = spec.partition("=")
                        if not lemma or "=" in example or spec.endswith("=") or \
                                not all(fold(w).isalnum() for w in (lemma, example) if w):
                            problems.append(f"{where[0]}, line {where[1]}: \"{part}\": write "
                                            "~lemma or ~word=example (whole words, no * or "
                                            "punctuation)")
                            continue
                        lemmas.setdefault(spec, where)
    return lemmas, problems


def generate(folder, aff_path, dic_path, unmunch_program):
    """The table's text, or a Problem listing every lemma that cannot be inflected."""
    lemmas, problems = collect_lemmas(folder)
    for path in (aff_path, dic_path):
        if not os.path.isfile(path):
            raise FileNotFoundError(f"{path} is missing (install hunspell-cs)")
    affixes = Affixes(aff_path)
    roots = {spec.partition("=")[2] or spec for spec in lemmas}
    dictionary = read_dictionary(dic_path, affixes.encoding, roots, affixes.forbidden)

    rows = []
    with tempfile.TemporaryDirectory(prefix="kotva-lemmas-") as workdir:
        unmunch = Unmunch(unmunch_program, aff_path, affixes.encoding, workdir)
        for spec in sorted(lemmas):
            lemma, _, example = spec.partition("=")
            file, line = lemmas[spec]
            source = example or lemma
            if source not in dictionary:
                if example:
                    problems.append(f"{file}, line {line}: \"~{spec}\": the example \"{example}\" "
                                    f"is not in {Path(dic_path).name}; choose a word it has that "
                                    f"is inflected like \"{lemma}\"")
                else:
                    problems.append(f"{file}, line {line}: \"~{lemma}\" is not in "
                                    f"{Path(dic_path).name}; give it the paradigm of a word the "
                                    f"dictionary has: \"~{lemma}=example\" (e.g. ~neurol=alkohol)")
                continue
            forms = inflect(lemma, dictionary[source], affixes, unmunch)
            if len(forms) == 1:
                print(f"lexicon-forms: note: {file}, line {line}: \"~{spec}\" has no other form "
                      "in the dictionary; list its forms as plain words if it has any",
                      file=sys.stderr)
            rows.append(f"{spec}\t{' '.join(forms)}")
    if problems:
        raise Problem("\n".join(problems))

    header = [
        "# The inflected forms of the ~lemma words of the lexicons in this folder, made by",
        "# scripts/lexicon-forms.py with the Czech Hunspell dictionary "
        f"({Path(aff_path).name}, {Path(dic_path).name}).",
        "# Do not edit: change the lexicons and run the script again.",
        "# lemma<TAB>forms (folded: lower case, no diacritics; without the negative ne- forms)",
    ]
    return "\n".join(header + rows) + "\n"


def write_if_changed(path, text):
    """Writes atomically, and not at all when the content is the same (no rebuild)."""
    path = Path(path)
    data = text.encode("utf-8")
    if path.exists() and path.read_bytes() == data:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)


def main():
    parser = argparse.ArgumentParser(
        description="Inflect the ~lemma words of a Kotva lexicon folder with the Czech "
                    "Hunspell dictionary.")
    parser.add_argument("folder", help="the lexicon folder (its *.json files are read)")
    parser.add_argument("-o", "--output", help=f"the table to write (default FOLDER/{TABLE_NAME})")
    parser.add_argument("--aff", default=DEFAULT_AFF, help=f"default {DEFAULT_AFF}")
    parser.add_argument("--dic", default=DEFAULT_DIC, help=f"default {DEFAULT_DIC}")
    parser.add_argument("--unmunch", default="unmunch", help="the unmunch program")
    args = parser.parse_args()

    if not os.path.isdir(args.folder):
        print(f"lexicon-forms: {args.folder} is not a folder", file=sys.stderr)
        return 2
    try:
        text = generate(args.folder, args.aff, args.dic, args.unmunch)
    except FileNotFoundError as error:
        print(f"lexicon-forms: {error}", file=sys.stderr)
        return 2
    except Problem as problem:
        print(f"lexicon-forms: {problem}", file=sys.stderr)
        return 1
    write_if_changed(args.output or os.path.join(args.folder, TABLE_NAME), text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
