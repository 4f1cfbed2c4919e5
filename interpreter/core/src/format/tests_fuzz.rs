//! Robustness: random specs, templates and number texts thrown at every
//! entry point (deterministic PRNG). The only assertion is "no panic" plus
//! a few cheap invariants; correctness is the job of the vector tests.

use alloc::string::String;

use num_bigint::BigInt;

use super::float_ops::{float_divmod, float_fromhex, float_hex, round_float, round_to_int};
use super::float_parse::{parse_complex, parse_float, parse_float_bytes};
use super::float_repr::float_repr;
use super::format_spec::{format_complex, format_float, format_int, format_str};
use super::int_parse::{parse_int, parse_int_bytes};
use super::int_text::IntRef;
use super::printf::{ConvKind, Count, Piece, Template};
use super::str_format::{check_conversion, parse_field_name, FormatPiece, FormatTemplate};

/// xorshift64*: small, deterministic, good enough to shake parsers.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a>(&mut self, items: &'a [&'a str]) -> &'a str {
        items.get(self.below(items.len())).copied().unwrap_or("")
    }

    /// A string of `len` characters drawn from `alphabet`.
    fn text(&mut self, alphabet: &[char], len: usize) -> String {
        (0..len)
            .map(|_| {
                alphabet
                    .get(self.below(alphabet.len()))
                    .copied()
                    .unwrap_or('x')
            })
            .collect()
    }

    fn float(&mut self) -> f64 {
        match self.below(4) {
            0 => f64::from_bits(self.next()),
            1 => [
                0.0,
                -0.0,
                f64::INFINITY,
                f64::NEG_INFINITY,
                f64::NAN,
                5e-324,
                f64::MAX,
            ]
            .get(self.below(7))
            .copied()
            .unwrap_or(0.0),
            _ => (self.next() as i64) as f64 / 1e6,
        }
    }
}

const SPEC_CHARS: &[char] = &[
    '<', '>', '^', '=', '+', '-', ' ', 'z', '#', '0', '1', '9', ',', '_', '.', 'b', 'c', 'd', 'e',
    'E', 'f', 'F', 'g', 'G', 'n', 'o', 's', 'x', 'X', '%', 'é', '\u{665}', '*', 'y', '\0',
];

const SPEC_PARTS: &[&str] = &[
    "",
    "*<",
    "0=",
    "é^",
    "<",
    "+",
    " ",
    "z",
    "#",
    "0",
    "5",
    "20",
    "99999999999999999999",
    ",",
    "_",
    ".0",
    ".3",
    ".30",
    ".",
    ".99999999999",
    "e",
    "f",
    "g",
    "%",
    "x",
    "b",
    "c",
    "s",
    "n",
    "\u{665}",
    "9999",
    ".400",
    "E",
];

fn random_spec(rng: &mut Rng) -> String {
    if rng.below(2) == 0 {
        let len = rng.below(10);
        rng.text(SPEC_CHARS, len)
    } else {
        let n = rng.below(6);
        (0..n).map(|_| rng.pick(SPEC_PARTS)).collect()
    }
}

#[test]
fn format_specs_never_panic() {
    let mut rng = Rng(0x1234_5678_9abc_def1);
    let big = BigInt::from(3u8).pow(200) * -1;
    for _ in 0..20_000 {
        let spec = random_spec(&mut rng);
        let x = rng.float();
        let ints = [
            IntRef::Small(rng.next() as i64),
            IntRef::Big(&big),
            IntRef::Small(65),
        ];
        for v in ints {
            let _ = format_int(v, &spec, "int");
        }
        if let Ok(s) = format_float(x, &spec, "float") {
            assert!(!s.is_empty() || spec.is_empty());
        }
        let _ = format_complex(x, rng.float(), &spec, "complex");
        let _ = format_str("héllo", &spec, "str");
    }
}

const TEMPLATE_CHARS: &[char] = &[
    '%', '%', '%', '(', ')', 'k', '-', '+', ' ', '#', '0', '5', '9', '*', '.', 'l', 'h', 'd', 'i',
    'u', 'o', 'x', 'X', 'e', 'E', 'f', 'F', 'g', 'G', 'c', 's', 'r', 'a', 'y', 'é', 'a',
];

#[test]
fn printf_templates_never_panic() {
    let mut rng = Rng(0xfeed_beef_0bad_f00d);
    for _ in 0..20_000 {
        let len = rng.below(16);
        let template = rng.text(TEMPLATE_CHARS, len);
        let mapping = rng.below(2) == 0;
        let mut pieces = 0;
        for piece in Template::new(&template, mapping) {
            pieces += 1;
            assert!(pieces <= template.len() + 1, "parser does not advance");
            let Ok(Piece::Conversion(mut c)) = piece else {
                continue;
            };
            if c.width == Count::Star {
                let _ = c.set_star_width(IntRef::Small(rng.next() as i64 % 100));
            }
            if c.precision == Count::Star {
                let _ = c.set_star_precision(IntRef::Small(rng.next() as i64 % 100));
            }
            let _ = match c.kind() {
                ConvKind::Int => c.format_int(IntRef::Small(rng.next() as i64)),
                ConvKind::Float => c.format_float(rng.float()),
                ConvKind::Char => c.format_char_code(IntRef::Small(rng.next() as i64 % 0x120000)),
                ConvKind::Unsupported => Err(c.unsupported()),
                _ => c.format_str("text"),
            };
        }
    }
}

const NUMBER_CHARS: &[char] = &[
    '0', '1', '7', '9', 'a', 'f', 'z', 'x', 'o', 'b', 'X', '_', '.', 'e', 'E', 'p', '+', '-', ' ',
    '\t', 'j', 'J', '(', ')', 'i', 'n', 'N', 'y', '\u{663}', '\u{3000}', 'é', '\0',
];

#[test]
fn number_parsers_never_panic() {
    let mut rng = Rng(0x0123_4567_89ab_cdef);
    for _ in 0..30_000 {
        let len = rng.below(14);
        let s = rng.text(NUMBER_CHARS, len);
        let _ = parse_float(&s);
        let _ = parse_float_bytes(s.as_bytes());
        let _ = parse_complex(&s);
        let base = [0, 2, 8, 10, 16, 36, 1, -5, 37][rng.below(9)];
        let _ = parse_int(&s, base);
        let _ = parse_int_bytes(s.as_bytes(), base);
        let _ = float_fromhex(&s);
    }
}

#[test]
fn float_round_trips() {
    let mut rng = Rng(0xdead_beef_cafe_babe);
    for _ in 0..20_000 {
        let x = rng.float();
        // repr and hex read back exactly.
        let r = parse_float(&float_repr(x));
        let h = float_fromhex(&float_hex(x));
        if x.is_nan() {
            assert!(r.is_ok_and(f64::is_nan) && h.is_ok_and(f64::is_nan));
        } else {
            assert_eq!(r.map(f64::to_bits), Ok(x.to_bits()));
            assert_eq!(h.map(f64::to_bits), Ok(x.to_bits()));
        }
        let n = rng.next() as i64 % 700 - 350;
        let _ = round_float(x, n);
        let _ = round_to_int(x);
        let _ = float_divmod(x, rng.float());
    }
}

#[test]
fn huge_digit_strings() {
    let ones = "1".repeat(5000);
    assert!(parse_int(&ones, 10).is_ok());
    assert!(parse_float(&ones).is_ok_and(f64::is_infinite));
    let mut hex = String::from("0x");
    hex.push_str(&"f".repeat(5000));
    assert!(float_fromhex(&hex).is_err());
    let v = [b'9'; 400];
    assert!(parse_int_bytes(&v, 0).is_ok());
}

#[test]
fn str_format_templates_never_panic() {
    let mut rng = Rng(0x5eed_5eed_5eed_5eed);
    let alphabet = [
        '{', '}', '{', '}', '!', ':', '[', ']', '.', 'a', 'r', '0', '9', 'é', ' ',
    ];
    for _ in 0..20_000 {
        let len = rng.below(14);
        let template = rng.text(&alphabet, len);
        for piece in FormatTemplate::new(&template) {
            if let Ok(FormatPiece::Field(f)) = piece {
                let _ = parse_field_name(f.name);
                if let Some(c) = f.conversion {
                    let _ = check_conversion(c);
                }
                for inner in FormatTemplate::new(f.spec) {
                    let _ = inner;
                }
            }
        }
        let _ = parse_field_name(&template);
    }
}
