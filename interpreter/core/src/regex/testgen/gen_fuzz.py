#!/usr/bin/env python3
"""Differential fuzz vectors: random patterns of the supported syntax and
random subjects, with CPython's results. Deterministic (fixed seed).
Run: python3 gen_fuzz.py > ../fuzz_vectors.rs   (CPython 3.11)."""
import random
import signal
import re
import sys
import warnings

from gen_vectors import rs_str, spans

warnings.simplefilter("ignore")
import os
rnd = random.Random(int(os.environ.get("SEED", "20240611")))
COUNT = int(os.environ.get("COUNT", "2000"))

ATOMS = ["a", "b", "c", ".", "[ab]", "[^a]", "[a-c]", "\\d", "\\w", "\\s", "é", "^", "$", ""]
QUANTS = ["*", "+", "?", "*?", "+?", "??", "{2}", "{1,2}", "{0,2}", "{2,}", "{,1}", "{1,2}?", "{2,}?"]


def gen(depth):
    r = rnd.random()
    if depth > int(os.environ.get("DEPTH", "4")) or r < 0.35:
        return rnd.choice(ATOMS)
    if r < 0.55:
        return "".join(gen(depth + 1) for _ in range(rnd.randint(2, 3)))
    if r < 0.70:
        return "|".join(gen(depth + 1) for _ in range(rnd.randint(2, 3)))
    if r < 0.85:
        inner = gen(depth + 1)
        return rnd.choice(["(%s)", "(?:%s)"]) % inner
    inner = gen(depth + 1)
    if inner in ("", "^", "$") or inner[-1:] in "*+?}":
        inner = "(%s)" % inner
    return inner + rnd.choice(QUANTS)


def subject():
    return "".join(rnd.choice("aabbc1 \né") for _ in range(rnd.randint(0, int(os.environ.get("SUBLEN", "10")))))


class Slow(Exception):
    pass


def on_alarm(_sig, _frame):
    raise Slow()


def main():
    signal.signal(signal.SIGALRM, on_alarm)
    w = sys.stdout.write
    w("//! Differential fuzz vectors from CPython %s (testgen/gen_fuzz.py).\n"
      % sys.version.split()[0])
    w("//! Do not edit: regenerate.\n\n")
    w("use super::vectors::Span;\n\n")
    w("pub(super) const FUZZ: &[(&str, u32, &str, u8, Option<&[Span]>)] = &[\n")
    n = 0
    while n < COUNT:
        pat = gen(0)
        flags = rnd.choice([0, 0, 0, re.I, re.M, re.S])
        try:
            r = re.compile(pat, flags)
        except re.error:
            continue
        for _ in range(2):
            s = subject()
            mode = rnd.randint(0, 2)
            # CPython itself can backtrack exponentially: skip those cases.
            signal.setitimer(signal.ITIMER_REAL, 0.5)
            try:
                m = (r.match, r.search, r.fullmatch)[mode](s)
            except Slow:
                continue
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            w("    (%s, %d, %s, %d, %s),\n" % (rs_str(pat), flags, rs_str(s), mode, spans(m)))
        n += 1
    w("];\n\n")
    w("/// (pattern, flags, subject, spans of finditer in chars)\n")
    w("pub(super) const FUZZ_ITER: &[(&str, u32, &str, &[(usize, usize)])] = &[\n")
    n = 0
    while n < COUNT // 3:
        pat = gen(0)
        flags = rnd.choice([0, 0, re.I, re.M])
        try:
            r = re.compile(pat, flags)
        except re.error:
            continue
        s = subject()
        signal.setitimer(signal.ITIMER_REAL, 0.5)
        try:
            sp = [m.span() for m in r.finditer(s)]
        except Slow:
            continue
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        w("    (%s, %d, %s, &[%s]),\n" % (rs_str(pat), flags, rs_str(s),
                                         ", ".join("(%d, %d)" % t for t in sp)))
        n += 1
    w("];\n\n")
    w("/// (pattern, None if CPython compiles it, else Some((message, position)))\n")
    w("pub(super) const FUZZ_COMPILE: &[(&str, Option<(&str, usize)>)] = &[\n")
    toks = ["a", "(", ")", "|", "*", "+", "?", "{", "}", "1", ",", "[", "]", "^",
            "-", "\\", "\\d", "(?", ":", "P", "<", ">", "=", "!", "#", "i", "$",
            ".", "x", "\\1", "\\x4", "\\0"]
    for _ in range(COUNT):
        pat = "".join(rnd.choice(toks) for _ in range(rnd.randint(1, 8)))
        try:
            re.compile(pat)
            res = "None"
        except re.error as e:
            res = "Some((%s, %d))" % (rs_str(e.msg), e.pos)
        w("    (%s, %s),\n" % (rs_str(pat), res))
    w("];\n")


main()
