//! CPython 3.11 vectors for float(), complex() and int() parsing
//! (testdata/parse.txt, from testdata/gen_parse.py).

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::float_parse::{parse_complex, parse_float, parse_float_bytes};
use super::int_parse::{parse_int, parse_int_bytes, ParsedInt};
use super::testutil::records;
use super::FormatResult;

fn show<T>(r: FormatResult<T>, ok: impl Fn(T) -> String) -> String {
    match r {
        Ok(v) => format!("OK:{}", ok(v)),
        Err(e) => format!("ERR:{}: {}", e.kind.name(), e.message),
    }
}

fn bits(x: f64) -> String {
    format!("{:016x}", x.to_bits())
}

fn int_text(v: ParsedInt) -> String {
    match v {
        ParsedInt::Small(v) => format!("{}", v),
        ParsedInt::Big(v) => format!("{}", v),
    }
}

#[test]
fn cpython_parse_vectors() {
    let data = include_str!("testdata/parse.txt");
    let mut failures = Vec::new();
    let mut count = 0;
    for rec in records(data) {
        let [kind, input, want] = rec.as_slice() else {
            continue;
        };
        count += 1;
        let latin1 = || input.chars().map(|c| c as u32 as u8).collect::<Vec<u8>>();
        let got = if kind == "F" {
            show(parse_float(input), bits)
        } else if kind == "FB" {
            show(parse_float_bytes(&latin1()), bits)
        } else if kind == "C" {
            show(parse_complex(input), |(re, im)| {
                format!("{},{}", bits(re), bits(im))
            })
        } else if let Some(base) = kind.strip_prefix("IB") {
            let base = base.parse().unwrap_or(99);
            show(parse_int_bytes(&latin1(), base), int_text)
        } else if let Some(base) = kind.strip_prefix('I') {
            let base = base.parse().unwrap_or(99);
            show(parse_int(input, base), int_text)
        } else {
            continue;
        };
        if &got != want {
            failures.push(format!(
                "{} {:?}: got {:?} want {:?}",
                kind, input, got, want
            ));
        }
    }
    assert!(count > 500, "vectors missing");
    assert!(
        failures.is_empty(),
        "{} of {} failed:\n{}",
        failures.len(),
        count,
        failures
            .iter()
            .take(40)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn small_results_are_small() {
    assert_eq!(
        parse_int("-9223372036854775808", 10),
        Ok(ParsedInt::Small(i64::MIN))
    );
    assert!(matches!(
        parse_int("9223372036854775808", 10),
        Ok(ParsedInt::Big(_))
    ));
    assert_eq!(
        parse_int("0x7fffffffffffffff", 0),
        Ok(ParsedInt::Small(i64::MAX))
    );
}
