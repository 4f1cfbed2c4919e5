#!/usr/bin/env python3
"""Print Rust test vectors for the regex engine, with CPython's `re` as the
oracle. Run: python3 gen_vectors.py > ../vectors.rs   (CPython 3.11)."""
import os
import re
import sys
import warnings

warnings.simplefilter("ignore")

I, M, S, A = re.I, re.M, re.S, re.A

# (pattern, flags, [subjects]); each subject is tried with match, search and
# fullmatch.
CASES = [
    # literals, dot, anchors
    ("abc", 0, ["abc", "xabc", "ab", "abcabc", ""]),
    (".", 0, ["a", "\n", "", "é", "\u20ac"]),
    (".", S, ["\n"]),
    ("a.c", 0, ["abc", "a\nc", "aéc"]),
    ("^abc", 0, ["abc", "xabc"]),
    ("abc$", 0, ["abc", "abc\n", "abc\n\n", "abcx"]),
    ("^$", 0, ["", "\n", "a"]),
    ("$", 0, ["ab\n", "ab"]),
    ("^a$", M, ["b\na\nc", "a\n"]),
    ("^", M, ["\nx"]),
    ("x$", M, ["ax\nb", "x"]),
    # repetition
    ("a*", 0, ["", "aaa", "baaa"]),
    ("a+", 0, ["", "aaa", "baaa"]),
    ("a?", 0, ["", "a", "aa"]),
    ("a*?", 0, ["aaa"]),
    ("a+?", 0, ["aaa"]),
    ("a??", 0, ["aa"]),
    ("a*?b", 0, ["aaab", "b"]),
    ("a+?b", 0, ["aaab"]),
    ("a??b", 0, ["ab", "b"]),
    ("<.*>", 0, ["<a><b>"]),
    ("<.*?>", 0, ["<a><b>"]),
    ("a{2}", 0, ["a", "aa", "aaa"]),
    ("a{2,}", 0, ["a", "aa", "aaaa"]),
    ("a{,2}", 0, ["aaa", ""]),
    ("a{1,3}", 0, ["", "a", "aaaa"]),
    ("a{1,3}?", 0, ["aaaa"]),
    ("a{2,}?", 0, ["aaaa"]),
    ("a{0}", 0, ["a"]),
    ("a{}", 0, ["a{}", "a"]),
    ("a{,}", 0, ["aaa"]),
    ("a{x}", 0, ["a{x}"]),
    ("a{", 0, ["a{"]),
    ("a{1", 0, ["a{1"]),
    ("a{1,2", 0, ["a{1,2"]),
    ("(ab){2}", 0, ["ababab"]),
    ("(a|b){2,3}", 0, ["abab", "ab", "a"]),
    ("(a|b){2,3}?", 0, ["abab"]),
    ("(?:ab){1,2}c", 0, ["ababc", "abc", "abababc"]),
    ("x{3}y{0,1}z", 0, ["xxxz", "xxxyz", "xxz"]),
    ("[ab]{2}c", 0, ["bac", "abac"]),
    # alternation priority
    ("a|ab", 0, ["ab"]),
    ("ab|a", 0, ["ab"]),
    ("(a|ab)(c|bcd)(d*)", 0, ["abcd"]),
    ("(a|ab)c", 0, ["abc"]),
    ("|a", 0, ["a"]),
    ("a|", 0, ["a", "b"]),
    ("a|b|c", 0, ["c", "d"]),
    ("(a|b)*c|(a|ab)*c", 0, ["abc", "abac"]),
    ("(?:a|b)*?c", 0, ["abac"]),
    ("x(a|b|)y", 0, ["xy", "xay"]),
    # groups
    ("(a)(b)(c)", 0, ["abc"]),
    ("((a)(b))", 0, ["ab"]),
    ("(a)|(b)", 0, ["b", "a"]),
    ("(a)?b", 0, ["b", "ab"]),
    ("(a)?(b)?c", 0, ["c", "bc"]),
    ("(a*)*", 0, ["b", "aa"]),
    ("(a*)+", 0, ["b", "aa"]),
    ("(a*)+?", 0, ["aa"]),
    ("(a*)*?b", 0, ["aab"]),
    ("(a|b)*", 0, ["abba"]),
    ("(a|b)+?", 0, ["abba"]),
    ("((a)|b)+", 0, ["ab", "ba"]),
    ("(?:(a)|(b))*", 0, ["ab", "ba", "aba"]),
    ("(?:(a)|b)*", 0, ["ab"]),
    ("(?:(a)x|a(b))", 0, ["ab"]),
    ("(?:(a)b)*ac", 0, ["ac", "abac"]),
    ("(?:(a)b)?ac", 0, ["ac"]),
    ("((a*)*)*", 0, ["aa", ""]),
    ("(a?)*", 0, ["aa"]),
    ("(a?)+", 0, ["aa"]),
    ("(a?){2,}", 0, ["aa", "a", ""]),
    ("(a?){1,3}", 0, ["aaaa", "a"]),
    ("(a?){2}", 0, ["a"]),
    ("(a*){2,3}b", 0, ["aab"]),
    ("(|a)*", 0, ["aa"]),
    ("(|a)+b", 0, ["aab"]),
    ("(|a){2,4}b", 0, ["aab"]),
    ("(a|)*?b", 0, ["aab"]),
    ("(a*?)*", 0, ["aa"]),
    ("(a*)*b", 0, ["aab", "b", "aac"]),
    ("((a)|(b)|c)*", 0, ["abc", "cba"]),
    ("(a(b)?)+", 0, ["aba"]),
    ("(a)*", 0, ["aaa", ""]),
    ("(?:a(b*))*", 0, ["abbab", "aba"]),
    ("(a)(?:x|y)|(b)", 0, ["ay", "b"]),
    ("()", 0, ["x"]),
    ("(()|a)*b", 0, ["aab"]),
    ("(a*|b)*c", 0, ["abac"]),
    ("(?:(a*)|b)*", 0, ["ab"]),
    ("(?:()|a)*b", 0, ["aab"]),
    ("(.*)(\\d+)", 0, ["abc123"]),
    ("(.*?)(\\d+)", 0, ["abc123"]),
    ("(.+)1", 0, ["xyz781"]),
    # comments, inline flags
    ("(?#comment)ab", 0, ["ab"]),
    ("(?i)abc", 0, ["ABC", "aBc"]),
    ("(?s).", 0, ["\n"]),
    ("(?m)^b", 0, ["a\nb"]),
    ("(?i)(?m)^B", 0, ["a\nb"]),
    # classes
    ("\\d+", 0, ["a123b", "\u0663\u0661", "\u00b2", "\uff11"]),
    ("\\D+", 0, ["ab1", "1"]),
    ("\\s+", 0, [" \t\n\r\f\vx", "\x1c\x1d\x1e\x1f", "\u00a0\u2003\u3000", "\u200b"]),
    ("\\S+", 0, ["ab c"]),
    ("\\w+", 0, ["ab_1 c", "héllo wörld", "\u0416\u0436", "\u4e2d\u6587", "\u00aa\u00b5", "__"]),
    ("\\W+", 0, ["!@# a", "é"]),
    ("\\d+", A, ["\u0663"]),
    ("\\w+", A, ["héllo"]),
    ("\\s", A, ["\u00a0"]),
    # sets
    ("[abc]+", 0, ["cabd"]),
    ("[a-c]+", 0, ["abcd"]),
    ("[^a-c]+", 0, ["defabc", "abc"]),
    ("[a-cu-z]+", 0, ["abuvz", "d"]),
    ("[-a]+", 0, ["-a-"]),
    ("[a-]+", 0, ["-a-"]),
    ("[^-0-9]+", 0, ["ab-1"]),
    ("[]a]+", 0, ["]a]"]),
    ("[^]a]+", 0, ["bc]"]),
    ("[\\]]+", 0, ["]]"]),
    ("[\\\\]+", 0, ["\\\\"]),
    ("[\\d]+", 0, ["12a"]),
    ("[^\\d]+", 0, ["ab1"]),
    ("[\\s\\d]+", 0, [" 1 2x"]),
    ("[^\\s]+", 0, ["ab c"]),
    ("[\\w.]+", 0, ["a.b c"]),
    ("[\\W]+", 0, ["!a"]),
    ("[.*+?]+", 0, ["*+.?a"]),
    ("[\\n\\t]+", 0, ["\n\t"]),
    ("[\\x41-\\x43]+", 0, ["ABCD"]),
    ("[\\101]", 0, ["A"]),
    ("[\\b]", 0, ["\x08"]),
    ("[\u00e0-\u00ff]+", 0, ["\u00e9\u00e8a"]),
    ("[\u0400-\u04ff]+", 0, ["\u0416\u0436x"]),
    ("[^\u00e9]", 0, ["\u00e9", "e"]),
    ("[a-z]+", I, ["ABCxyz"]),
    ("[^a-z]+", I, ["ABC123"]),
    ("[A-Z]+", I, ["abc"]),
    ("[\u00c0-\u00de]+", I, ["\u00e9\u00e0"]),
    ("[k]", I, ["\u212a", "K"]),
    ("[K]", I, ["\u212a"]),
    ("[s]", I, ["\u017f", "S"]),
    # escapes
    ("\\.", 0, [".", "a"]),
    ("\\*\\+\\?\\(\\)\\[\\]\\{\\}\\|\\^\\$\\\\", 0, ["*+?()[]{}|^$\\"]),
    ("\\n", 0, ["\n"]),
    ("\\t\\r\\f\\v\\a", 0, ["\t\r\f\v\x07"]),
    ("\\x41\\u00e9\\U0001F600", 0, ["A\u00e9\U0001F600"]),
    ("\\0", 0, ["\x00"]),
    ("\\141", 0, ["a"]),
    ("\\-\\#\\ \\&\\~", 0, ["-# &~"]),
    ("\\é", 0, ["é"]),
    ("a\nb", 0, ["a\nb"]),
    # ignorecase
    ("abc", I, ["ABC", "AbC"]),
    ("\u00e9", I, ["\u00c9"]),
    ("\u0416", I, ["\u0436"]),
    ("k", I, ["\u212a"]),
    ("s", I, ["\u017f"]),
    ("\u00df", I, ["\u1e9e"]),
    ("\u00e9", I | A, ["\u00c9"]),
    ("a.c", I, ["ABC"]),
    # non-ASCII subjects
    ("é+", 0, ["aééb"]),
    ("(.)(.)", 0, ["\u20ac\U0001F600x"]),
    ("\U0001F600(.)", 0, ["a\U0001F600\u00e9"]),
    ("[^a]+", 0, ["\u00e9\u20aca"]),
    ("\u00e9|e", 0, ["xe\u00e9"]),
    # misc
    ("", 0, ["", "abc"]),
    ("(?:)", 0, ["a"]),
    ("a(?:b|c)d", 0, ["acd"]),
    ("(a+)+b", 0, ["aaab"]),
    ("(a|a)*c", 0, ["aac"]),
    ("\\d{3}-\\d{4}", 0, ["call 555-1234 now"]),
    ("(\\w+)@(\\w+)\\.com", 0, ["x joe@site.com"]),
    ("([a-z]+)=([0-9]*)", 0, ["k=", "key=12"]),
]

# (pattern, flags, [subjects]) for bytes
BYTES_CASES = [
    (b"abc", 0, [b"xabcx"]),
    (b".+", 0, [b"a\xffb\n"]),
    (b"\\w+", 0, [b"ab_\xe9c"]),
    (b"\\s+", 0, [b" \t\x1c\xa0"]),
    (b"\\d+", 0, [b"12\xb2"]),
    (b"[\x80-\xff]+", 0, [b"a\x80\xfeb"]),
    (b"\xe9", I, [b"\xc9"]),
    (b"abc", I, [b"ABC"]),
    (b"(a)(b)?", 0, [b"a"]),
    (b"a$", 0, [b"a\n"]),
    (b"\\x41", 0, [b"A"]),
]

# (pattern, flags, repl, subject) for sub; split and findall spans use
# (pattern, flags, subject)
SUB_CASES = [
    ("x*", 0, "-", "abxd"),
    ("a", 0, "b", "aaa"),
    ("(a)(b)?", 0, "[\\2\\1]", "aab"),
    ("(a)", 0, "\\g<1>\\g<0>", "a"),
    ("(\\w+) (\\w+)", 0, "\\2 \\1", "hello world"),
    ("a", 0, "\\n\\t\\\\", "a"),
    ("a", 0, "\\&", "a"),
    ("a", 0, "\\0", "a"),
    ("a", 0, "\\101", "a"),
    ("(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)", 0, "\\10\\1", "abcdefghij"),
    ("", 0, "-", "abc"),
    ("b*", 0, "-", "abc"),
    ("(b)|c", 0, "[\\1]", "abc"),
    ("é", 0, "e", "café é"),
    ("\\s+", 0, " ", "a  b\t\nc"),
    ("(?:)", 0, "|", "é€"),
]
SPLIT_CASES = [
    ("x*", 0, "axbc"),
    (",", 0, "a,b,,c,"),
    ("(,)", 0, "a,b"),
    ("(,)|(;)", 0, "a,b;c"),
    ("\\s*", 0, "a b"),
    ("", 0, "abc"),
    ("[\r\n]", 0, "line1\rline2\nline3\r\n"),
    ("a|", 0, "bab"),
]
FINDALL_CASES = [
    ("x*|b", 0, "abxd"),
    ("a*", 0, "baaac"),
    ("\\d+", 0, "a1b22c333"),
    ("", 0, "é€"),
    ("a|ab", 0, "abab"),
    ("(?:a|)", 0, "aab"),
    ("$", 0, "a\n"),
    ("$", M, "a\nb\n"),
    ("^", M, "a\nb\n"),
]

# patterns CPython rejects: we must reject them too
ERRORS = [
    "(", ")", "a)", "(a", "((a)", "(a))", "[", "[a", "[]", "[^]", "*", "+",
    "?", "a**", "a*+?", "a+*", "a??*", "a{2}{3}", "a{2}*", "{2}", "^*", "$+",
    "a|*", "(*)", "(?", "(?x", "(?q)", "a{2,1}", "[z-a]", "[\\d-z]",
    "[a-\\d]", "\\", "\\q", "\\m", "[\\q]", "[\\8]", "\\x", "\\x4", "\\xzz",
    "\\u12", "\\U0011ffff", "\\777", "(?#x", "[a-", "a(?i)b",
    "(?<x", "(?Px)",
]
ERRORS_BYTES = [b"\\u0041", b"\\U00000041", b"\\N{DIGIT ONE}"]

TEMPLATE_ERRORS = [
    ("(a)", "\\2"), ("(a)", "\\g<2>"), ("(a)", "\\g<1"), ("(a)", "\\g<>"),
    ("(a)", "\\g"), ("(a)", "\\g<a b>"), ("(a)", "\\x41"), ("(a)", "\\777"),
    ("(a)", "\\12"), ("(a)", "\\"), ("(a)", "\\q"), ("a", "\\1"),
]


def case_pairs():
    """(pattern char, subject char) pairs of case variants."""
    chars = list(range(0x41, 0x250)) + [
        0x130, 0x131, 0x17F, 0x1C4, 0x1C5, 0x1C6, 0x345, 0x390, 0x3B0, 0x3C2,
        0x3C3, 0x3A3, 0x3D0, 0x3D1, 0x3F4, 0x1E9E, 0x212A, 0x212B, 0x2126,
        0x1F80, 0x1F88, 0xFB05, 0xFB06, 0x10400, 0x10428]

    def variants(c):
        out = set()
        for f in (str.lower, str.upper, str.casefold, str.title):
            v = f(chr(c))
            if len(v) == 1:
                out.add(ord(v))
        return out

    pairs = set()
    for c in chars:
        vs = variants(c)
        for v in list(vs):
            vs |= variants(v)
        pairs |= {(c, d) for d in vs}
    return sorted(pairs)


def rs_str(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif 0x20 <= o < 0x7F:
            out.append(ch)
        else:
            out.append("\\u{%x}" % o)
    return '"' + "".join(out) + '"'


def rs_bytes(b):
    out = []
    for o in b:
        ch = chr(o)
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif 0x20 <= o < 0x7F:
            out.append(ch)
        else:
            out.append("\\x%02x" % o)
    return 'b"' + "".join(out) + '"'


def spans(m):
    if m is None:
        return "None"
    items = []
    for g in range(m.re.groups + 1):
        s, e = m.span(g)
        items.append("None" if s < 0 else "Some((%d, %d))" % (s, e))
    return "Some(&[" + ", ".join(items) + "])"


def rs_list(xs, conv):
    return "&[" + ", ".join(conv(x) for x in xs) + "]"


def main():
    w = sys.stdout.write
    w("//! Test vectors generated by testgen/gen_vectors.py from CPython %s.\n"
      % sys.version.split()[0])
    w("//! Do not edit: regenerate.\n\n")
    w("/// (pattern, flags, subject, mode 0=match 1=search 2=fullmatch, group spans in chars)\n")
    w("pub(super) type Span = Option<(usize, usize)>;\n")
    w("pub(super) const STR: &[(&str, u32, &str, u8, Option<&[Span]>)] = &[\n")
    for pat, fl, subs in CASES:
        r = re.compile(pat, fl)
        for sub in subs:
            for mode, fn in enumerate((r.match, r.search, r.fullmatch)):
                w("    (%s, %d, %s, %d, %s),\n"
                  % (rs_str(pat), fl, rs_str(sub), mode, spans(fn(sub))))
    w("];\n\n")
    w("pub(super) const BYTES: &[(&[u8], u32, &[u8], u8, Option<&[Span]>)] = &[\n")
    for pat, fl, subs in BYTES_CASES:
        r = re.compile(pat, fl)
        for sub in subs:
            for mode, fn in enumerate((r.match, r.search, r.fullmatch)):
                w("    (%s, %d, %s, %d, %s),\n"
                  % (rs_bytes(pat), fl, rs_bytes(sub), mode, spans(fn(sub))))
    w("];\n\n")
    w("/// (pattern, flags, repl, subject, result)\n")
    w("pub(super) const SUB: &[(&str, u32, &str, &str, &str)] = &[\n")
    for pat, fl, repl, sub in SUB_CASES:
        w("    (%s, %d, %s, %s, %s),\n" % (rs_str(pat), fl, rs_str(repl),
                                          rs_str(sub), rs_str(re.sub(pat, repl, sub, flags=fl))))
    w("];\n\n")
    w("/// (pattern, flags, subject, pieces; None for unmatched groups)\n")
    w("pub(super) const SPLIT: &[(&str, u32, &str, &[Option<&str>])] = &[\n")
    for pat, fl, sub in SPLIT_CASES:
        parts = re.split(pat, sub, flags=fl)
        w("    (%s, %d, %s, %s),\n" % (rs_str(pat), fl, rs_str(sub), rs_list(
            parts, lambda p: "None" if p is None else "Some(%s)" % rs_str(p))))
    w("];\n\n")
    w("/// (pattern, flags, subject, spans of successive matches in chars)\n")
    w("pub(super) const FINDITER: &[(&str, u32, &str, &[(usize, usize)])] = &[\n")
    for pat, fl, sub in FINDALL_CASES:
        sp = [m.span() for m in re.finditer(pat, sub, fl)]
        w("    (%s, %d, %s, %s),\n" % (rs_str(pat), fl, rs_str(sub),
                                     rs_list(sp, lambda t: "(%d, %d)" % t)))
    w("];\n\n")
    w("/// IGNORECASE: (pattern char, subject char, literal matches, [c] matches, [^c] matches)\n")
    w("pub(super) const CASE: &[(u32, u32, bool, bool, bool)] = &[\n")
    for c, d in case_pairs():
        e = re.escape(chr(c))
        lit = bool(re.match(e, chr(d), re.I))
        st = bool(re.match("[" + e + "]", chr(d), re.I))
        neg = bool(re.match("[^" + e + "]", chr(d), re.I))
        w("    (0x%x, 0x%x, %s, %s, %s),\n" % (c, d, str(lit).lower(), str(st).lower(), str(neg).lower()))
    w("];\n\n")
    w("/// (pattern, CPython's message, position)\n")
    w("pub(super) const ERRORS: &[(&str, &str, usize)] = &[\n")
    for pat in ERRORS:
        try:
            re.compile(pat)
            raise SystemExit("pattern accepted by CPython: %r" % pat)
        except re.error as e:
            w("    (%s, %s, %d),\n" % (rs_str(pat), rs_str(e.msg), e.pos))
    w("];\n\n")
    w("pub(super) const ERRORS_BYTES: &[(&[u8], &str, usize)] = &[\n")
    for pat in ERRORS_BYTES:
        try:
            re.compile(pat)
            raise SystemExit("pattern accepted by CPython: %r" % pat)
        except re.error as e:
            w("    (%s, %s, %d),\n" % (rs_bytes(pat), rs_str(e.msg), e.pos))
    w("];\n\n")
    w("/// (template, subject, Ok(result) or Err(message)) for sub('(a)(b)?(c)?', ...)\n")
    w("pub(super) const TEMPLATE_FUZZ: &[(&str, &str, Result<&str, &str>)] = &[\n")
    import random
    rnd = random.Random(int(os.environ.get("TSEED", "99")))
    pieces = ["\\1", "\\2", "\\3", "\\4", "\\g<1>", "\\g<0>", "\\g<3>", "\\n",
              "\\\\", "\\0", "\\07", "\\101", "\\12", "\\&", "x", "\u00e9",
              "\\g<01>", "\\t", "\\x", "\\g<", ">", "\\", "-", "\\8"]
    for _ in range(int(os.environ.get("TCOUNT", "300"))):
        t = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 4)))
        subj = rnd.choice(["a", "ab", "xac", "abc", "zz"])
        try:
            res = "Ok(%s)" % rs_str(re.sub("(a)(b)?(c)?", t, subj))
        except re.error as e:
            res = "Err(%s)" % rs_str(e.msg)
        except IndexError as e:
            res = "Err(%s)" % rs_str(str(e))
        w("    (%s, %s, %s),\n" % (rs_str(t), rs_str(subj), res))
    w("];\n\n")
    w("/// (pattern, template, CPython's message, position)\n")
    w("pub(super) const TEMPLATE_ERRORS: &[(&str, &str, &str, usize)] = &[\n")
    for pat, repl in TEMPLATE_ERRORS:
        try:
            re.sub(pat, repl, "a")
            raise SystemExit("template accepted by CPython: %r" % repl)
        except re.error as e:
            w("    (%s, %s, %s, %d),\n" % (rs_str(pat), rs_str(repl), rs_str(e.msg), e.pos))
    w("];\n")


if __name__ == "__main__":
    main()
