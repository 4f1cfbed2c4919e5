//! Unit tests.
use super::*;

#[test]
fn smoke() {
    let r = Regex::compile("a(b*)c", 0).unwrap();
    let c = r.match_at("xabbc", 1, Mode::Match).unwrap().unwrap();
    assert_eq!(c.get(1), Some((2, 4)));
}
