"""Stage one as data: load `lexicon.yaml` and `rules.yaml`, validate them, compile the rules.

A rule's `pattern` is a regex in which `{macro}` (or `{macro:group}`, to use one macro twice)
stands for a macro of `rules.yaml`: a lexicon table, a regex with a converter, or a built-in
(number words, clock times, spoken years). A space stands for any run of white space. The
`value` template names the groups in braces; each is replaced by its converted value (or,
when the optional group did not take part, by the default written after a bar:
`{year|XXXX}`, else by nothing), and the result is a `specs.Spec`. Everything is checked at
load: unknown keys, regexes that do not compile or could backtrack without bound (`safety`),
templates naming groups the pattern lacks, unknown tables or converters, duplicate ids,
values that do not parse.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources

import yaml

from .numbers import parse_number, word_number_regex
from .safety import unsafe_repeats
from .specs import Anchored, parse_spec
from .starts import leading_tokens

TYPES = ("DATE", "TIME", "DURATION", "SET")
MODS = ("START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER",
        "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE")
# No match starts inside a word, after a currency sign, or after "B-"/"19-" (model names,
# number ranges); "mid-1996" and "pre-war" are fine.
_GUARD = r"(?<![\w$£€#])(?<![0-9]-)(?<!(?-i:[A-Z])-)"
_NAMED_GROUP = re.compile(r"\(\?P<[a-z_][a-z0-9_]*>")
_MACRO_REF = re.compile(r"\{([a-z_][a-z0-9_]*)(?::([a-z_][a-z0-9_]*))?\}")
_PLACEHOLDER = re.compile(r"\{([a-z_][a-z0-9_]*)(?:\|([\w-]*))?\}")
#: In a value, "REF.Q || XXXX-Q4": the period of the REF's granularity the text last named,
#: if it named one, else the second value (of two REF values, the one named last).
FOCUSED_OR = " || "
_RULE_KEYS = {"id", "pattern", "value", "type", "mod", "quant", "freq", "parts",
              "unless_before", "unless_after", "unless_sentence", "only_sentence", "refocus",
              "focus", "examples", "only_tense", "note"}
_TENSE_READINGS = {"future", "past", "past_verb", "pluperfect", "present", "prospective"}
_PART_KEYS = {"group", "value", "type"}
_MACRO_KEYS = {"table", "regex", "convert", "builtin", "tables", "example", "only", "except"}
_MODIFIER_KEYS = {"id", "before", "after", "mod", "types", "core", "unless_after", "examples",
                  "note"}
_EXAMPLE_KEYS = {"text", "dct", "value", "type", "mod"}


class RuleError(ValueError):
    """A data file is malformed; the message names the file, the entry and the problem."""


@dataclass(frozen=True)
class Macro:
    """A named sub-pattern and how to normalise what it matched."""

    name: str
    regex: str
    convert: Callable[[str], str]
    sample: str  # a converted value, to check value templates at load
    table_keys: frozenset[str] = frozenset()
    table_values: tuple[str, ...] = ()  # every converted value of a table macro
    proper: bool = False  # its words are names, always capitalised (months, weekdays)


@dataclass(frozen=True)
class Part:
    """One time expression a rule emits: a span group and its value template."""

    group: str | None  # None: the whole match
    value: str
    type: str


@dataclass(frozen=True)
class Rule:
    """A compiled pattern rule."""

    id: str
    regex: re.Pattern
    parts: tuple[Part, ...]
    mod: str | None
    quant: str | None
    freq: str | None
    groups: dict[str, Macro]  # group name -> macro
    unless_before: re.Pattern | None
    unless_after: re.Pattern | None
    refocus: bool  # whether the time it names becomes the one in focus
    examples: tuple[dict, ...] = field(default=())
    # an anchored value (`DCT.Y`) for the period a duration covers, put in focus in its stead
    # ("the nine months" of a report are the year to date)
    focus: Anchored | None = None
    # words anywhere in the sentence that make the match no time of the calendar ("the
    # second half" of a match)
    unless_sentence: re.Pattern | None = None
    # the clause tense readings (tense.py) the match needs, if any ("in two weeks" is a
    # time to come only in a clause about the future: "will take effect in two weeks")
    only_tense: frozenset[str] = frozenset()
    # words that must occur in the sentence for the match to count ("Sept. 11" is the day of
    # 2001 only in a sentence about the attacks)
    only_sentence: re.Pattern | None = None


@dataclass(frozen=True)
class Modifier:
    """Words around a time expression that set its `mod` and join its span."""

    id: str
    before: re.Pattern | None  # matches text ending where the expression starts
    after: re.Pattern | None  # matches text starting where the expression ends
    mod: str
    types: frozenset[str]
    core: re.Pattern | None  # what the expression itself must start with, if anything
    examples: tuple[dict, ...] = field(default=())
    unless_after: re.Pattern | None = None  # text right after the expression that forbids it


@dataclass(frozen=True)
class Grammar:
    """Everything the engine needs: rules in priority order, modifiers, the capitalised words,
    and an index of the rules by the first token they can match (see `starts.py`)."""

    rules: tuple[Rule, ...]
    modifiers: tuple[Modifier, ...]
    capitalised: frozenset[str]
    name_guard_ok: frozenset[str]  # words after which a capitalised time word is no name
    #: first token -> (a gate that passes where any of the rules could match; the rules with
    #: their priority)
    by_first_token: dict[str, tuple[_Gate, tuple[tuple[int, Rule], ...]]] = \
        field(default_factory=dict)
    unindexed: tuple[tuple[int, Rule], ...] = ()  # rules that must scan the whole text

    def compile_gates(self) -> None:
        """Compile every gate now (a long-running process's start) rather than at first use."""
        for gate, _ in self.by_first_token.values():
            if len(gate.rules) > 1:  # a gate of one rule passes every position unread
                gate.regex()

    def __post_init__(self) -> None:
        """Index the rules by first token; tokens that start the same rules share one gate."""
        index: dict[str, list[tuple[int, Rule]]] = {}
        unindexed = []
        for order, rule in enumerate(self.rules):
            tokens = leading_tokens(rule.regex)
            if tokens is None:
                unindexed.append((order, rule))
                continue
            for token in tokens:
                index.setdefault(token, []).append((order, rule))
        gates: dict[tuple[str, ...], _Gate] = {}  # tokens that start the same rules share one
        for key, rules in index.items():
            ids = tuple(r.id for _, r in rules)
            if ids not in gates:
                gates[ids] = _Gate(tuple(r for _, r in rules))
            self.by_first_token[key] = (gates[ids], tuple(rules))
        object.__setattr__(self, "unindexed", tuple(unindexed))


class _Gate:
    """One regex that matches where any of several rules could: most tokens ("the", digits)
    start no time expression, and it rejects them for all their rules at once, in C. Compiled
    on first use, as compiling all of them would slow start-up."""

    __slots__ = ("rules", "_regex")

    def __init__(self, rules: tuple[Rule, ...]):
        """A gate over `rules`; its regex is compiled on first use."""
        self.rules = rules
        self._regex: re.Pattern | None = None

    def match(self, text: str, pos: int) -> bool:
        """Whether a rule could match at `pos`; a one-rule gate passes unread (the rule decides)."""
        if len(self.rules) == 1:
            return True
        return self.regex().match(text, pos) is not None

    def regex(self) -> re.Pattern:
        """The gate's regex, compiled now if it was not yet."""
        if self._regex is None:
            bodies = (_NAMED_GROUP.sub("(?:", r.regex.pattern[len(_GUARD):]) for r in self.rules)
            self._regex = re.compile(_GUARD + "(?:" + "|".join(bodies) + ")", re.IGNORECASE)
        return self._regex


def _keys_regex(keys) -> str:
    """An alternation of table keys, longest first, as whole words."""
    out = []
    for key in sorted(keys, key=lambda w: (-len(w), w)):
        body = r"\s+".join(re.escape(w) for w in key.split())
        out.append(body + (r"(?![\w])" if key[-1].isalnum() else ""))
    return "(?:" + "|".join(out) + ")"


def _norm_key(text: str) -> str:
    """`text` as a table key: lower case, each run of white space one space."""
    return " ".join(text.lower().split())


def _fmt_number(value: float | str) -> str:
    """A number as values write it: 3.0 as "3", 2.5 as "2.5", a string ("X") as it is."""
    if isinstance(value, str):
        return value
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


# a 24-hour time without a colon counts only before GMT/UTC, as agencies write it ("1600 GMT")
_CLOCK_RE = (
    r"(?:(?:[01]\d|2[0-3])[0-5]\d(?= (?:GMT|UTC)(?![\w]))"
    r"|(?:[01]?\d|2[0-3]):[0-5]\d(?:\s*(?:a\.m\.|p\.m\.|am|pm)(?![\w]))?"
    r"|(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*(?:a\.m\.|p\.m\.|am|pm)(?![\w])|noon|midnight|midday"
    # an hour told by its part of the day, or by "o'clock", after a word that leads a time
    # ("will leave at 4 in the morning", "by 10 o'clock at night")
    r"|(?:(?<=at\s)|(?<=by\s)|(?<=until\s)|(?<=till\s)|(?<=around\s)|(?<=about\s)|(?<=after\s)"
    r"|(?<=before\s)|(?<=since\s)|(?<=from\s)|(?<=to\s))(?:1[0-2]|0?[1-9])(?::[0-5]\d)?"
    r"(?: in the (?:morning|afternoon|evening)| at night)(?![\w])"
    r"|(?:1[0-2]|0?[1-9]) o'clock(?: in the (?:morning|afternoon|evening)| at night)?(?![\w]))"
)
_CLOCK_PM = re.compile(r"afternoon|evening|night")
_CLOCK_PARSE = re.compile(r"(\d{1,2})(?:[:.](\d{2}))?\s*([ap])?", re.I)


def _convert_clock(text: str) -> str:
    """"3 p.m." -> "15:00", "10:30am" -> "10:30", "noon" -> "12:00", "0735" -> "07:35",
    "10 in the evening" -> "22:00", "8 o'clock" -> "08:00"."""
    low = text.lower()
    if low in ("noon", "midday"):
        return "12:00"
    if low == "midnight":
        return "24:00"
    if len(low) == 4 and low.isdigit():  # "0735" (before GMT)
        return f"{low[:2]}:{low[2:]}"
    m = _CLOCK_PARSE.match(low)
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    if (m.group(3) == "p" or _CLOCK_PM.search(low)) and hour < 12:
        hour += 12
    elif m.group(3) == "a" and hour == 12:
        hour = 0
    return f"{hour:02d}:{minute:02d}"


def _leading_int(text: str) -> int:
    """The integer `text` starts with ("21st" -> 21)."""
    return int(re.match(r"\d+", text).group())


def _convert_decade(text: str) -> str:
    """"1990s" -> "199", "'90s" / "90s" -> "XX9" (the century is resolved later)."""
    digits = re.sub(r"\D", "", text)
    return digits[:3] if len(digits) == 4 else "XX" + digits[0]


def _spoken_year_parts(numbers: dict[str, int]) -> tuple[str, Callable[[str], str]]:
    """"nineteen ninety-six" -> 1996, "two thousand (and) one" -> 2001."""
    words = word_number_regex(numbers)
    tens = "|".join(k for k, v in numbers.items() if v in range(20, 100, 10))
    units = "|".join(k for k, v in numbers.items() if v in range(1, 10) and k not in ("a", "an"))
    teens = "|".join(k for k, v in numbers.items() if v in range(10, 20))
    two_digits = rf"(?:(?:{tens})(?:[-\s](?:{units}))?|{teens})(?![\w-])"
    century = r"(?:nineteen|eighteen|twenty)"
    regex = (rf"(?:{century}\s+(?:hundred(?:\s+and\s+{words})?|{two_digits})"
             rf"|two\s+thousand(?:\s+(?:and\s+)?{words})?)")

    def convert(text: str) -> str:
        """A spoken year as four digits: "two thousand and one" -> "2001"."""
        low = _norm_key(text)
        if low.startswith("two thousand"):
            rest = low[len("two thousand"):].strip()
            rest = rest[4:] if rest.startswith("and ") else rest
            return f"{2000 + (int(parse_number(rest, numbers, {})) if rest else 0):04d}"
        head, _, rest = low.partition(" ")
        if rest.startswith("hundred"):
            rest = rest[len("hundred"):].strip()
            rest = rest[4:] if rest.startswith("and ") else rest
        tail = int(parse_number(rest, numbers, {})) if rest else 0
        return f"{numbers[head] * 100 + tail:04d}"

    return regex, convert


class _Loader:
    """Builds a `Grammar` from the parsed YAML documents, collecting precise errors."""

    def __init__(self, lexicon: dict, rules_doc: dict):
        """A loader for the parsed lexicon.yaml and rules.yaml; `build_macros` fills `macros`."""
        self.lexicon = lexicon
        self.doc = rules_doc
        self.macros: dict[str, Macro] = {}

    def fail(self, where: str, problem: str):
        """Raise a RuleError naming `where` and the problem."""
        raise RuleError(f"{where}: {problem}")

    def check_safe(self, regex: re.Pattern, where: str) -> re.Pattern:
        """`regex` itself, if it cannot backtrack without bound (see `safety`)."""
        problems = unsafe_repeats(regex)
        if problems:
            self.fail(where, f"regex may backtrack without bound: {problems[0]}")
        return regex

    def table(self, name: str, where: str) -> dict:
        """Lexicon table `name`, keys normalised; RuleError if it is missing, empty or not words."""
        table = self.lexicon.get(name)
        if not isinstance(table, dict) or not table:
            self.fail(where, f"unknown lexicon table {name!r}")
        bad = [k for k in table if not isinstance(k, str)]
        if bad:
            self.fail(f"lexicon.yaml table {name!r}", f"keys must be words, not {bad!r}")
        return {_norm_key(str(k)): v for k, v in table.items()}

    def proper_tables(self) -> frozenset[str]:
        """The tables whose words are names, capitalised wherever they stand."""
        names = self.lexicon.get("proper_noun_tables") or []
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            self.fail("lexicon.yaml", "proper_noun_tables must be a list of table names")
        for n in names:
            self.table(n, "lexicon.yaml proper_noun_tables")
        return frozenset(names)

    def converters(self) -> dict[str, Callable[[str], str]]:
        """The converters a macro's `convert` may name: matched text -> value text."""
        numbers = self.table("numbers", "lexicon")
        vague = self.table("vague_amounts", "lexicon")
        return {
            "int2": lambda s: f"{int(s):02d}",
            "int": lambda s: str(int(s)),
            "text": lambda s: s,
            "year2": lambda s: "XX" + s.lstrip("'\u2019")[-2:],
            "decade": _convert_decade,
            "century": lambda s: f"{_leading_int(s) - 1:02d}",
            "quarter_of_month": lambda s: str((int(s) - 1) // 3 + 1),
            "pad4": lambda s: s.zfill(4),
            "ordinal_digits": lambda s: f"{_leading_int(s):02d}",
            "number": lambda s: _fmt_number(parse_number(s, numbers, vague)),
            "clock": _convert_clock,
        }

    def build_macros(self) -> None:
        """Build rules.yaml's macros, inline the macros they name, check regex macros' examples."""
        convs = self.converters()
        numbers = self.table("numbers", "lexicon")
        spoken_regex, spoken_convert = _spoken_year_parts(numbers)
        builtins = {
            "number_words": (word_number_regex(numbers), convs["number"], "twenty-four"),
            "clock": (_CLOCK_RE, convs["clock"], "3:30 p.m."),
            "spoken_year": (spoken_regex, spoken_convert, "nineteen ninety-six"),
        }
        for name, spec in (self.doc.get("macros") or {}).items():
            where = f"rules.yaml macro {name!r}"
            if not isinstance(spec, dict) or set(spec) - _MACRO_KEYS:
                self.fail(where, f"expected a mapping with keys among {sorted(_MACRO_KEYS)}")
            if "builtin" in spec:
                if spec["builtin"] not in builtins:
                    self.fail(where, f"unknown builtin {spec['builtin']!r}")
                regex, convert, example = builtins[spec["builtin"]]
                self.macros[name] = Macro(name, regex, convert, convert(example))
            elif "table" in spec or "tables" in spec:
                names = spec.get("tables") or [spec["table"]]
                merged: dict[str, object] = {}
                for t in names:
                    merged.update(self.table(t, where))
                only, drop = spec.get("only"), spec.get("except") or []
                for word in list(only or []) + list(drop):
                    if _norm_key(str(word)) not in merged:
                        self.fail(where, f"{word!r} is not a key of its table")
                if only is not None:
                    merged = {k: v for k, v in merged.items() if k in {_norm_key(w) for w in only}}
                merged = {k: v for k, v in merged.items() if k not in {_norm_key(w) for w in drop}}
                default = spec.get("convert")
                if default is not None and default not in convs:
                    self.fail(where, f"unknown converter {default!r}")
                post = convs[default] if default else (lambda s: s)
                lookup = self._table_lookup(merged, post)
                try:
                    values = tuple(sorted({lookup(k) for k in merged}))
                except (ValueError, TypeError) as exc:
                    self.fail(where, f"a table value does not convert: {exc}")
                proper = all(t in self.proper_tables() for t in names)
                self.macros[name] = Macro(name, _keys_regex(merged), lookup,
                                          lookup(next(iter(merged))), frozenset(merged), values,
                                          proper)
            elif "regex" in spec:
                conv = spec.get("convert", "text")
                if conv not in convs:
                    self.fail(where, f"unknown converter {conv!r}")
                if not isinstance(spec.get("example"), str):
                    self.fail(where, "a regex macro needs an example of what it matches")
                self.macros[name] = Macro(name, f"(?:{spec['regex']})", convs[conv], "")
            else:
                self.fail(where, "needs one of table, tables, regex, builtin")
        # macros may use other macros: expand {name} references inside macro regexes
        for _ in range(3):
            for name, macro in list(self.macros.items()):
                where = f"macro {name!r}"
                expanded = _MACRO_REF.sub(lambda m, w=where: self._inline(m, w), macro.regex)
                self.macros[name] = replace(macro, regex=expanded)
        for name, macro in self.macros.items():
            if macro.sample:
                continue
            where = f"rules.yaml macro {name!r}"
            example = self.doc["macros"][name]["example"]
            try:
                whole = re.compile(macro.regex, re.IGNORECASE).fullmatch(example)
            except re.error as exc:
                self.fail(where, f"regex does not compile: {exc}")
            if not whole:
                self.fail(where, f"example {example!r} does not match the regex")
            try:
                self.macros[name] = replace(macro, sample=macro.convert(example))
            except (ValueError, KeyError) as exc:
                self.fail(where, f"example {example!r} does not convert: {exc}")

    def _inline(self, m: re.Match, where: str) -> str:
        """The regex of the macro `m` names, as a group; RuleError if there is no such macro."""
        if m.group(1) not in self.macros:
            self.fail(f"rules.yaml {where}", f"unknown macro {m.group(1)!r}")
        return f"(?:{self.macros[m.group(1)].regex})"

    @staticmethod
    def _table_lookup(table: dict, post: Callable[[str], str]) -> Callable[[str], str]:
        """Normalise matched text through a table, then through a converter."""
        def lookup(text: str) -> str:
            """The matched words' table value, through the converter."""
            return post(str(table[_norm_key(text)]))
        return lookup

    def expand(self, pattern: str, where: str) -> tuple[str, dict[str, Macro]]:
        """The pattern with macros replaced by named groups, and group -> macro."""
        groups: dict[str, Macro] = {}

        def sub(m: re.Match) -> str:
            """A macro reference as a named group, recording which macro the group holds."""
            name, group = m.group(1), m.group(2) or m.group(1)
            if name not in self.macros:
                self.fail(where, f"unknown macro {name!r}")
            if group in groups:
                self.fail(where, f"group {group!r} used twice; write {{{name}:other_name}}")
            groups[group] = self.macros[name]
            return f"(?P<{group}>{self.macros[name].regex})"

        body = _MACRO_REF.sub(sub, pattern)
        body = re.sub(r"(?<!\\) \?", r"\\s*", body)
        body = re.sub(r"(?<!\\) ", r"\\s+", body)
        return body, groups

    def examples(self, entry: dict, where: str) -> tuple[dict, ...]:
        """An entry's examples, checked: each has text and dct, and brackets its expected span."""
        examples = entry.get("examples")
        if not isinstance(examples, list) or not examples:
            self.fail(where, "needs at least one example")
        for ex in examples:
            if not isinstance(ex, dict) or set(ex) - _EXAMPLE_KEYS or {"text", "dct"} - set(ex):
                self.fail(where, f"example {ex!r}: needs text, dct (and value, type, mod)")
            if "[" not in str(ex["text"]) and ex.get("value") not in (None, []):
                self.fail(where, f"example {ex['text']!r}: mark the expected span with [brackets]")
        return tuple(examples)

    def rule(self, entry: dict, seen: set[str]) -> Rule:
        """One rules.yaml rule, validated and compiled; `seen` collects ids to catch duplicates."""
        rid = entry.get("id") if isinstance(entry, dict) else None
        where = f"rules.yaml rule {rid!r}"
        if not isinstance(rid, str) or not rid:
            self.fail("rules.yaml", f"rule without an id: {entry!r}")
        if rid in seen:
            self.fail(where, "duplicate id")
        seen.add(rid)
        unknown = set(entry) - _RULE_KEYS
        if unknown:
            self.fail(where, f"unknown keys {sorted(unknown)}")
        if "pattern" not in entry or ("value" in entry) == ("parts" in entry):
            self.fail(where, "needs a pattern and exactly one of value, parts")
        body, groups = self.expand(entry["pattern"], where)
        try:
            regex = re.compile(_GUARD + rf"(?:{body})(?![\w])", re.IGNORECASE)
        except re.error as exc:
            self.fail(where, f"pattern does not compile: {exc}")
        self.check_safe(regex, where)
        rtype = entry.get("type", "DATE")
        if rtype not in TYPES:
            self.fail(where, f"type {rtype!r} not one of {TYPES}")
        mod = entry.get("mod")
        if mod is not None and mod not in MODS:
            self.fail(where, f"mod {mod!r} not one of {MODS}")
        if "parts" in entry:
            parts = []
            for p in entry["parts"]:
                if not isinstance(p, dict) or set(p) - _PART_KEYS or "value" not in p:
                    self.fail(where, f"part {p!r}: needs group and value")
                if p.get("group") and p["group"] not in regex.groupindex:
                    self.fail(where, f"part group {p['group']!r} not in the pattern")
                parts.append(Part(p.get("group"), p["value"], p.get("type", rtype)))
        else:
            parts = [Part(None, entry["value"], rtype)]
        for part in parts:
            for alternative in part.value.split(FOCUSED_OR):
                self.check_template(alternative, groups, where)
            if FOCUSED_OR in part.value and not part.value.startswith("REF"):
                self.fail(where, f"value {part.value!r}: before ' || ' must come a REF value")
        filters = {}
        for key in ("unless_before", "unless_after", "unless_sentence", "only_sentence"):
            if key in entry:
                suffix = r")\Z" if key == "unless_before" else ")"
                filters[key] = self.compile("(?:" + entry[key] + suffix, where, key)
        refocus = entry.get("refocus", True)
        if not isinstance(refocus, bool):
            self.fail(where, "refocus must be true or false")
        focus = None
        if "focus" in entry:
            try:
                focus = parse_spec(entry["focus"])
            except ValueError as exc:
                self.fail(where, f"focus: {exc}")
            if not isinstance(focus, Anchored) or focus.anchor != "DCT":
                self.fail(where, "focus must be a value anchored on the DCT, like DCT.Y")
        only_tense = entry.get("only_tense", [])
        if not isinstance(only_tense, list) or not set(only_tense) <= _TENSE_READINGS:
            self.fail(where, f"only_tense must be a list of {sorted(_TENSE_READINGS)}")
        return Rule(rid, regex, tuple(parts), mod, entry.get("quant"), entry.get("freq"),
                    groups, filters.get("unless_before"), filters.get("unless_after"),
                    refocus, self.examples(entry, where), focus, filters.get("unless_sentence"),
                    frozenset(only_tense), filters.get("only_sentence"))

    def check_template(self, template: str, groups: dict[str, Macro], where: str) -> None:
        """Every placeholder names a group; the template filled with sample values parses."""
        names = [n for n, _ in _PLACEHOLDER.findall(template)]
        for name in names:
            if name not in groups:
                self.fail(where, f"value {template!r} names {{{name}}}, not a group of the pattern")
        # Some placeholders are alternatives (one of two groups matched): the template must
        # parse for at least one choice of present (sample) and absent (fill) groups.
        distinct = sorted(set(names))
        # every value a table can give must make a well-formed template, too
        for name in distinct:
            for value in groups[name].table_values:
                filled = _PLACEHOLDER.sub(
                    lambda m, n=name, v=value: v if m.group(1) == n else groups[m.group(1)].sample,
                    template)
                try:
                    parse_spec(filled)
                except ValueError as exc:
                    if len(distinct) == 1:
                        self.fail(where, f"value {template!r} with {name} = {value!r}: {exc}")
        for mask in range(2 ** len(distinct)):
            present = {n for i, n in enumerate(distinct) if not mask >> i & 1}
            filled = _PLACEHOLDER.sub(
                lambda m, present=present: groups[m.group(1)].sample if m.group(1) in present
                else m.group(2) or "", template)
            try:
                parse_spec(filled)
                return
            except ValueError as exc:
                error = exc
        self.fail(where, f"value {template!r} is not a value template ({error})")

    def compile(self, pattern: str, where: str, key: str, safe: bool = True) -> re.Pattern:
        """`pattern` compiled case-blind; a load error names `where` and `key` if it does not
        compile or (when `safe`) could backtrack catastrophically."""
        try:
            compiled = re.compile(pattern, re.IGNORECASE)
        except re.error as exc:
            self.fail(where, f"{key} does not compile: {exc}")
        if safe:
            self.check_safe(compiled, f"{where} {key}")
        return compiled

    def modifier(self, entry: dict, seen: set[str]) -> Modifier:
        """One rules.yaml modifier, validated and compiled; `seen` collects the ids."""
        mid = entry.get("id") if isinstance(entry, dict) else None
        where = f"rules.yaml modifier {mid!r}"
        if not isinstance(mid, str) or mid in seen:
            self.fail(where, "missing or duplicate id")
        seen.add(mid)
        if set(entry) - _MODIFIER_KEYS:
            self.fail(where, f"unknown keys {sorted(set(entry) - _MODIFIER_KEYS)}")
        if entry.get("mod") not in MODS:
            self.fail(where, f"mod {entry.get('mod')!r} not one of {MODS}")
        types = frozenset(entry.get("types") or TYPES)
        if types - set(TYPES):
            self.fail(where, f"unknown types {sorted(types - set(TYPES))}")
        compiled = {}
        for key in ("before", "after"):
            if key in entry:
                body, groups = self.expand(entry[key], where)
                if groups:
                    self.fail(where, "modifier patterns take no macros")
                pattern = (rf"(?<![\w-])(?:{body})\s*\Z" if key == "before"
                           else rf"(?:{body})(?![\w])")
                compiled[key] = self.compile(pattern, where, key)
        if not compiled:
            self.fail(where, "needs before or after")
        core = self.compile(entry["core"], where, "core", safe=False) if "core" in entry else None
        unless_after = (self.compile(entry["unless_after"], where, "unless_after")
                        if "unless_after" in entry else None)
        return Modifier(mid, compiled.get("before"), compiled.get("after"), entry["mod"], types,
                        core, self.examples(entry, where), unless_after)

    def grammar(self) -> Grammar:
        """The validated `Grammar`: macros, rules, modifiers and the lexicon's word lists."""
        self.build_macros()
        seen: set[str] = set()
        rules = tuple(self.rule(e, seen) for e in self.doc.get("rules") or [])
        if not rules:
            self.fail("rules.yaml", "no rules")
        seen_mod: set[str] = set()
        modifiers = tuple(self.modifier(e, seen_mod) for e in self.doc.get("modifiers") or [])
        caps = self.lexicon.get("capitalised") or []
        if not isinstance(caps, list) or not all(isinstance(w, str) for w in caps):
            self.fail("lexicon.yaml", "capitalised must be a list of words")
        guard = self.lexicon.get("name_guard_exceptions") or []
        if not isinstance(guard, list) or not all(isinstance(w, str) for w in guard):
            self.fail("lexicon.yaml", "name_guard_exceptions must be a list of words (quote 'on')")
        return Grammar(rules, modifiers, frozenset(_norm_key(c) for c in caps),
                       frozenset(_norm_key(w) for w in guard))


def load_grammar(lexicon: dict, rules_doc: dict) -> Grammar:
    """Validate and compile the parsed `lexicon.yaml` and `rules.yaml`; RuleError if malformed."""
    if not isinstance(lexicon, dict) or not isinstance(rules_doc, dict):
        raise RuleError("lexicon.yaml and rules.yaml must each hold a mapping")
    unknown = set(rules_doc) - {"macros", "rules", "modifiers"}
    if unknown:
        raise RuleError(f"rules.yaml: unknown top-level keys {sorted(unknown)}")
    return _Loader(lexicon, rules_doc).grammar()


_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when PyYAML has it


def _read_yaml(name: str) -> dict:
    """The package's YAML file `name`, parsed (with libyaml when PyYAML has it: faster)."""
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return yaml.load(text, Loader=_YAML_LOADER)  # noqa: S506 (a safe loader)


@cache
def calendar_words() -> frozenset[str]:
    """The month and weekday names of lexicon.yaml with their abbreviations, in lower case and
    without a final full stop ("september", "sept", "mon"), for other stages that must tell a
    date's words from a name's."""
    lexicon = _read_yaml("lexicon.yaml")
    tables = ("months", "month_abbreviations", "weekdays")
    return frozenset(_norm_key(str(word)).rstrip(".") for t in tables for word in lexicon[t])


@cache
def grammar() -> Grammar:
    """The package's grammar, loaded and validated once (at first use)."""
    return load_grammar(_read_yaml("lexicon.yaml"), _read_yaml("rules.yaml"))
