//! Coverage of the spec's library chapter by the cases: for each documented
//! function, class, method and constant, the cases that use it.
//!
//! Where the cases of a module are: `modules/<module>/` and, for a
//! u-module, `modules/<module without the u>/` too (`modules/ujson/`,
//! `modules/json/`); the builtins' cases are `basics/`.
//!
//! When a case uses a name (a plain text search, so comments count too):
//! * a builtin function or class: the name as a whole word that is not an
//!   attribute (`abs(`, `isinstance(x, int)`, not `x.abs`);
//! * anything else: the name as an attribute (`math.sin`, `d.popleft()`,
//!   `sha1.digest`), or as a whole word on a line that imports it
//!   (`from math import sin`).

use crate::spec::{Item, Module};

/// One case's name and source text.
#[derive(Debug, Clone)]
pub struct CaseText {
    pub name: String,
    pub text: String,
}

/// A documented object and the cases that use it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemCoverage {
    pub item: Item,
    /// Case names, sorted.
    pub cases: Vec<String>,
}

/// A module of the spec and its objects' coverage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModuleCoverage {
    pub name: String,
    /// The case folders searched, e.g. `modules/ujson/`.
    pub folders: Vec<String>,
    pub items: Vec<ItemCoverage>,
}

impl ModuleCoverage {
    /// How many of the module's objects have at least one case.
    pub fn covered(&self) -> usize {
        self.items.iter().filter(|i| !i.cases.is_empty()).count()
    }
}

/// The folders (with a trailing `/`) holding a module's cases.
pub fn folders(module: &str) -> Vec<String> {
    if module == "builtins" {
        return vec!["basics/".into()];
    }
    let mut folders = vec![format!("modules/{module}/")];
    if let Some(plain) = module.strip_prefix('u').filter(|p| !p.is_empty()) {
        folders.push(format!("modules/{plain}/"));
    }
    folders
}

/// Which cases use which documented objects. `cases` may hold every case;
/// only those in a module's folders count for it.
pub fn compute(modules: &[Module], cases: &[CaseText]) -> Vec<ModuleCoverage> {
    modules
        .iter()
        .map(|module| {
            let folders = folders(&module.name);
            let mine: Vec<&CaseText> = cases
                .iter()
                .filter(|c| folders.iter().any(|f| c.name.starts_with(f.as_str())))
                .collect();
            let builtins = module.name == "builtins";
            let items = module
                .items
                .iter()
                .map(|item| {
                    let mut names: Vec<String> = mine
                        .iter()
                        .filter(|c| uses(&c.text, item, builtins))
                        .map(|c| c.name.clone())
                        .collect();
                    names.sort();
                    ItemCoverage {
                        item: item.clone(),
                        cases: names,
                    }
                })
                .collect();
            ModuleCoverage {
                name: module.name.clone(),
                folders,
                items,
            }
        })
        .collect()
}

/// Whether a case's text uses a documented object.
pub fn uses(text: &str, item: &Item, builtin: bool) -> bool {
    let leaf = item.leaf();
    let top_level = !item.name.contains('.');
    if builtin && top_level {
        return occurrences(text, leaf).any(|(before, _)| before != Some('.'));
    }
    if occurrences(text, leaf).any(|(before, _)| before == Some('.')) {
        return true;
    }
    top_level
        && text
            .lines()
            .filter(|line| line.contains("import"))
            .any(|line| occurrences(line, leaf).next().is_some())
}

/// Whole-word occurrences of `word` in `text`, with the character before
/// each (None at the start).
fn occurrences<'a>(
    text: &'a str,
    word: &'a str,
) -> impl Iterator<Item = (Option<char>, usize)> + 'a {
    let ident = |c: char| c.is_alphanumeric() || c == '_';
    text.match_indices(word).filter_map(move |(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        let whole = !word.is_empty() && !before.is_some_and(ident) && !after.is_some_and(ident);
        whole.then_some((before, at))
    })
}

/// Documented objects with a case, and all documented objects.
pub fn totals(coverage: &[ModuleCoverage]) -> (usize, usize) {
    coverage.iter().fold((0, 0), |(covered, total), m| {
        (covered + m.covered(), total + m.items.len())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::Kind;

    fn item(name: &str, kind: Kind) -> Item {
        Item {
            name: name.into(),
            kind,
            signature: format!("{name}()"),
        }
    }

    fn case(name: &str, text: &str) -> CaseText {
        CaseText {
            name: name.into(),
            text: text.into(),
        }
    }

    #[test]
    fn folders_of_modules() {
        assert_eq!(folders("builtins"), ["basics/"]);
        assert_eq!(folders("math"), ["modules/math/"]);
        assert_eq!(folders("ujson"), ["modules/ujson/", "modules/json/"]);
        assert_eq!(folders("u"), ["modules/u/"]);
    }

    #[test]
    fn module_names_are_used_as_attributes_or_imports() {
        let sin = item("sin", Kind::Function);
        assert!(uses("import math\nprint(math.sin(1))", &sin, false));
        assert!(uses("from math import cos, sin\n", &sin, false));
        assert!(!uses("print(sin)\n", &sin, false));
        assert!(!uses("math.sinh(1)\nimport math\n", &sin, false));
        let e = item("e", Kind::Constant);
        assert!(uses("print(math.e)", &e, false));
        assert!(!uses("except ValueError as e:\n    print(e)", &e, false));
        let append = item("deque.append", Kind::Method);
        assert!(uses("d.append(1)", &append, false));
        assert!(!uses("from x import append", &append, false));
    }

    #[test]
    fn builtins_are_words_that_are_not_attributes() {
        let abs = item("abs", Kind::Function);
        assert!(uses("print(abs(-1))", &abs, true));
        assert!(!uses("print(x.abs())", &abs, true));
        assert!(!uses("print(fabs(1))", &abs, true));
        let from_bytes = item("int.from_bytes", Kind::Method);
        assert!(uses("int.from_bytes(b'', 'big')", &from_bytes, true));
        assert!(!uses("from_bytes = 1", &from_bytes, true));
        // Unicode identifiers are words too.
        assert!(!uses("print(éabs)", &abs, true));
    }

    #[test]
    fn computes_per_module_coverage() {
        let modules = vec![
            Module {
                name: "builtins".into(),
                items: vec![item("abs", Kind::Function), item("len", Kind::Function)],
            },
            Module {
                name: "ujson".into(),
                items: vec![item("dumps", Kind::Function), item("load", Kind::Function)],
            },
        ];
        let cases = vec![
            case("basics/b.py", "abs(1)"),
            case("basics/a.py", "abs(2)"),
            case("modules/json/x.py", "json.dumps(1)"),
            case("modules/ujson/y.py", "ujson.dumps(2)"),
            case("modules/math/z.py", "json.load(f); len(x)"),
        ];
        let coverage = compute(&modules, &cases);
        assert_eq!(coverage[0].items[0].cases, ["basics/a.py", "basics/b.py"]);
        assert!(coverage[0].items[1].cases.is_empty());
        assert_eq!(
            coverage[1].items[0].cases,
            ["modules/json/x.py", "modules/ujson/y.py"]
        );
        assert!(coverage[1].items[1].cases.is_empty());
        assert_eq!(coverage[1].covered(), 1);
        assert_eq!(totals(&coverage), (2, 4));
    }
}
