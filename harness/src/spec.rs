//! The library chapter of the specification (the Pycopy documentation as
//! text): which modules it documents and, per module, which functions,
//! classes, methods and constants.
//!
//! The text is Sphinx's plain-text rendering. What the extraction relies on:
//! * the chapter starts at a line reading `Pycopy libraries` (or
//!   `MicroPython libraries`) and runs to the end of the file;
//! * a module's section starts with a heading line indented by one space,
//!   `name – description` (an en dash or `--`), or a heading that names the
//!   module in a link, `... (builtins [https://...#module-builtins])`;
//! * each documented object is a line starting in column 0 right after a
//!   line holding only a tab (the definition-list marker), e.g.
//!   `math.sin(x)`, `class uarray.array(typecode[, iterable])`,
//!   `classmethod from_bytes(bytes, byteorder)`, `EEXIST, EAGAIN, etc.`;
//! * members of a class follow it closely (a doubled marker, a method-kind
//!   prefix, or at most two blank lines after its description), and a run
//!   of nine or more blank lines closes a nested block.
//!
//! Anything else (prose, examples, tables) is ignored, so the extraction
//! keeps working when the prose changes.

use std::collections::BTreeSet;
use std::fmt;

/// What kind of object a documented name is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Function,
    Class,
    Method,
    Constant,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Function => "function",
            Kind::Class => "class",
            Kind::Method => "method",
            Kind::Constant => "constant",
        }
    }

    fn parse(text: &str) -> Option<Kind> {
        [Kind::Function, Kind::Class, Kind::Method, Kind::Constant]
            .into_iter()
            .find(|k| k.as_str() == text)
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One documented object of a module.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// Name within the module: `sin`, `array.append`, `int.from_bytes`.
    pub name: String,
    pub kind: Kind,
    /// The signature as the spec writes it, e.g. `math.atan2(y, x)`.
    pub signature: String,
}

impl Item {
    /// The last component of the name, the identifier code uses.
    pub fn leaf(&self) -> &str {
        self.name.rsplit('.').next().unwrap_or(&self.name)
    }
}

/// A module of the library chapter and its documented objects, in the
/// order the spec lists them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Module {
    pub name: String,
    pub items: Vec<Item>,
}

const CHAPTER_TITLES: [&str; 2] = ["Pycopy libraries", "MicroPython libraries"];
/// Blank lines before a marker that mean a nested block (a class's
/// members) has ended.
const CLOSING_GAP: usize = 9;
/// At most this many blank lines between a class's description and a
/// marker make the marker a member of the class.
const NESTED_GAP: usize = 2;

/// Extracts the library chapter's modules from the spec's text.
pub fn extract(text: &str) -> Result<Vec<Module>, String> {
    let lines: Vec<&str> = text.lines().collect();
    let start = lines
        .iter()
        .position(|l| CHAPTER_TITLES.contains(&l.trim()))
        .ok_or_else(|| {
            format!(
                "the spec has no library chapter (a line reading {:?})",
                CHAPTER_TITLES[0]
            )
        })?;
    let mut modules: Vec<Module> = Vec::new();
    let mut current: Option<Module> = None;
    let mut class: Option<OpenClass> = None;
    for i in start + 1..lines.len() {
        let line = lines[i];
        if let Some(name) = module_heading(line) {
            modules.extend(current.take());
            current = Some(Module {
                name,
                items: Vec::new(),
            });
            class = None;
            continue;
        } else if is_heading(line) {
            modules.extend(current.take());
            class = None;
            continue;
        }
        let Some(module) = current.as_mut() else {
            continue;
        };
        if !is_marker(lines[i - 1]) || line.is_empty() || line.starts_with(char::is_whitespace) {
            continue;
        }
        let layout = Layout::before(&lines, i - 1);
        for item in parse_item(&module.name, line, layout, &mut class) {
            if !module.items.iter().any(|known| known.name == item.name) {
                module.items.push(item);
            }
        }
    }
    modules.extend(current.take());
    modules.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(modules)
}

/// A line holding only the definition-list marker.
fn is_marker(line: &str) -> bool {
    line.contains('\t') && line.trim().is_empty()
}

/// A section heading: one leading space, then text.
fn is_heading(line: &str) -> bool {
    line.starts_with(' ') && line[1..].starts_with(|c: char| !c.is_whitespace())
}

/// The module a section heading introduces, if it introduces one.
fn module_heading(line: &str) -> Option<String> {
    if !is_heading(line) {
        return None;
    }
    let text = line.trim();
    for dash in [" \u{2013} ", " -- ", " \u{2014} "] {
        if let Some((name, _)) = text.split_once(dash) {
            if is_dotted_name(name) {
                return Some(name.to_string());
            }
        }
    }
    let (_, rest) = text.split_once("#module-")?;
    let name: String = rest
        .chars()
        .take_while(|&c| is_ident_char(c) || c == '.')
        .collect();
    is_dotted_name(&name).then_some(name)
}

fn is_ident_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

fn is_dotted_name(text: &str) -> bool {
    !text.is_empty()
        && text.split('.').all(|part| {
            part.chars().next().is_some_and(|c| !c.is_ascii_digit())
                && part.chars().all(is_ident_char)
        })
}

/// The blank lines and markers right before an item's line.
#[derive(Debug, Clone, Copy)]
struct Layout {
    /// Marker lines in a row (2: a nested definition list starts).
    markers: usize,
    /// Blank lines before the markers.
    gap: usize,
}

impl Layout {
    fn before(lines: &[&str], marker: usize) -> Layout {
        let mut j = marker;
        let mut markers = 0;
        while is_marker(lines[j]) && j > 0 {
            markers += 1;
            j -= 1;
        }
        let mut gap = 0;
        while lines[j].is_empty() && j > 0 {
            gap += 1;
            j -= 1;
        }
        Layout { markers, gap }
    }
}

/// The class whose members may follow.
#[derive(Debug)]
struct OpenClass {
    name: String,
    /// Whether a member was seen (then the block is open until it closes).
    has_members: bool,
}

const PREFIXES: [(&str, Kind); 6] = [
    ("class ", Kind::Class),
    ("exception ", Kind::Class),
    ("classmethod ", Kind::Method),
    ("staticmethod ", Kind::Method),
    ("static ", Kind::Method),
    ("method ", Kind::Method),
];

/// The items one definition line documents (several for `A, B, etc.`).
fn parse_item(
    module: &str,
    line: &str,
    layout: Layout,
    class: &mut Option<OpenClass>,
) -> Vec<Item> {
    let signature = line.trim_end();
    let (prefix_kind, rest) = PREFIXES
        .iter()
        .find_map(|(prefix, kind)| {
            // `classmethod()` the builtin is a name, not a prefix.
            signature
                .strip_prefix(prefix)
                .filter(|r| r.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_'))
                .map(|r| (Some(*kind), r))
        })
        .unwrap_or((None, signature));
    let name_part: String = rest
        .chars()
        .take_while(|&c| is_ident_char(c) || c == '.')
        .collect();
    let after = &rest[name_part.len()..];
    // `EEXIST, EAGAIN, etc.`: a list of constants.
    if prefix_kind.is_none() && after.starts_with(',') && !rest.contains('(') {
        let names: Vec<&str> = rest
            .split(',')
            .map(str::trim)
            .filter(|n| is_dotted_name(n))
            .collect();
        return names
            .into_iter()
            .map(|n| Item {
                name: strip_module(module, n).to_string(),
                kind: Kind::Constant,
                signature: signature.to_string(),
            })
            .collect();
    }
    if !is_dotted_name(&name_part) {
        return Vec::new();
    }
    let local = strip_module(module, &name_part);
    let qualified_by_module = local.len() != name_part.len();
    let callable = after.starts_with('(') || after.starts_with('[');
    let kind = prefix_kind.unwrap_or(if callable {
        Kind::Function
    } else {
        Kind::Constant
    });

    if kind == Kind::Class {
        *class = Some(OpenClass {
            name: local.to_string(),
            has_members: false,
        });
        return vec![item(local.to_string(), Kind::Class, signature)];
    }
    if local.contains('.') {
        // `deque.append(x)`, `hash.update(data)`: a method of an object.
        if qualified_by_module {
            *class = None;
        }
        return vec![item(local.to_string(), Kind::Method, signature)];
    }
    if qualified_by_module {
        *class = None;
        return vec![item(local.to_string(), kind, signature)];
    }
    // An unqualified name: a member of the open class, or a module-level
    // name (the builtins are written unqualified).
    let member_of = class.as_mut().and_then(|open| {
        let member = if open.has_members {
            layout.gap < CLOSING_GAP
        } else {
            prefix_kind == Some(Kind::Method) || layout.markers >= 2 || layout.gap <= NESTED_GAP
        };
        member.then(|| {
            open.has_members = true;
            open.name.clone()
        })
    });
    match member_of {
        Some(owner) => vec![item(format!("{owner}.{local}"), Kind::Method, signature)],
        None => {
            *class = None;
            vec![item(local.to_string(), kind, signature)]
        }
    }
}

fn item(name: String, kind: Kind, signature: &str) -> Item {
    Item {
        name,
        kind,
        signature: signature.to_string(),
    }
}

/// `math.sin` -> `sin` in module math (and `os.x` in module uos).
fn strip_module<'a>(module: &str, name: &'a str) -> &'a str {
    let plain = module.strip_prefix('u').unwrap_or(module);
    for prefix in [module, plain] {
        if let Some(rest) = name.strip_prefix(prefix).and_then(|r| r.strip_prefix('.')) {
            if !rest.is_empty() {
                return rest;
            }
        }
    }
    name
}

/// The inventory file: the extraction, one item per line,
/// `module<TAB>kind<TAB>name<TAB>signature`, sorted by module then in spec
/// order. It is committed (reports/library-api.txt) so that a clone without
/// the spec can still compute coverage.
pub fn to_inventory(modules: &[Module]) -> String {
    let mut text = String::from(
        "# The library chapter of the spec, as extracted by `harness report`.\n\
         # module\tkind\tname\tsignature\n",
    );
    for module in modules {
        if module.items.is_empty() {
            text.push_str(&format!("{}\t-\t-\t-\n", module.name));
        }
        for item in &module.items {
            text.push_str(&format!(
                "{}\t{}\t{}\t{}\n",
                module.name,
                item.kind,
                item.name,
                item.signature.replace('\t', " ")
            ));
        }
    }
    text
}

/// Reads an inventory written by [`to_inventory`].
pub fn from_inventory(text: &str) -> Result<Vec<Module>, String> {
    let mut modules: Vec<Module> = Vec::new();
    let mut seen = BTreeSet::new();
    for (number, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.splitn(4, '\t').collect();
        let [module, kind, name, signature] = fields[..] else {
            return Err(format!(
                "line {}: expected 4 tab-separated fields",
                number + 1
            ));
        };
        if !is_dotted_name(module) {
            return Err(format!("line {}: bad module name {module:?}", number + 1));
        }
        if modules.last().is_none_or(|m| m.name != module) {
            if !seen.insert(module.to_string()) {
                return Err(format!(
                    "line {}: module {module} appears twice",
                    number + 1
                ));
            }
            modules.push(Module {
                name: module.to_string(),
                items: Vec::new(),
            });
        }
        if kind == "-" {
            continue;
        }
        let kind = Kind::parse(kind)
            .ok_or_else(|| format!("line {}: unknown kind {kind:?}", number + 1))?;
        if !is_dotted_name(name) {
            return Err(format!("line {}: bad name {name:?}", number + 1));
        }
        if let Some(m) = modules.last_mut() {
            m.items.push(Item {
                name: name.to_string(),
                kind,
                signature: signature.to_string(),
            });
        }
    }
    modules.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(modules)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small chapter in the spec's layout (tabs, blank-line runs and all).
    const CHAPTER: &str = include_str!("../tests/fixtures/spec/library.txt");

    fn names(modules: &[Module], module: &str) -> Vec<String> {
        modules
            .iter()
            .find(|m| m.name == module)
            .unwrap_or_else(|| panic!("no module {module}"))
            .items
            .iter()
            .map(|i| format!("{}:{}", i.kind, i.name))
            .collect()
    }

    #[test]
    fn extracts_modules_in_name_order() {
        let modules = extract(CHAPTER).unwrap();
        let order: Vec<&str> = modules.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(
            order,
            ["builtins", "math", "uarray", "uerrno", "uhashlib", "ujson"]
        );
        assert!(modules.iter().all(|m| m.name != "foo"));
    }

    #[test]
    fn builtins_and_class_members() {
        let modules = extract(CHAPTER).unwrap();
        assert_eq!(
            names(&modules, "builtins"),
            [
                "function:abs",
                "class:bytes",
                "function:callable",
                "class:int",
                "method:int.from_bytes",
                "method:int.to_bytes",
                "function:isinstance",
                "function:classmethod",
            ]
        );
    }

    #[test]
    fn module_functions_constants_and_methods() {
        let modules = extract(CHAPTER).unwrap();
        assert_eq!(
            names(&modules, "math"),
            ["function:sin", "function:atan2", "constant:pi"]
        );
        assert_eq!(
            names(&modules, "uarray"),
            ["class:array", "method:array.append", "method:array.extend"]
        );
        assert_eq!(
            names(&modules, "uerrno"),
            ["constant:EEXIST", "constant:EAGAIN", "constant:errorcode"]
        );
        assert_eq!(
            names(&modules, "uhashlib"),
            ["class:sha1", "method:hash.update"]
        );
        assert!(names(&modules, "ujson").is_empty());
        let math = modules.iter().find(|m| m.name == "math").unwrap();
        assert_eq!(math.items[1].signature, "math.atan2(y, x)");
        assert_eq!(math.items[1].leaf(), "atan2");
    }

    #[test]
    fn no_chapter_is_an_error() {
        let e = extract("just text\n").unwrap_err();
        assert!(e.contains("no library chapter"), "{e}");
        assert!(extract("").is_err());
    }

    #[test]
    fn odd_input_does_not_panic() {
        for text in [
            " Pycopy libraries",
            " Pycopy libraries\n\t",
            " Pycopy libraries\n\t\n(((",
            " Pycopy libraries\n x \u{2013} y\n\t\n\t\n\t\n",
            " Pycopy libraries\n m \u{2013} y\n\t\nclass \n\t\nm.\n\t\n, ,\n",
        ] {
            let _ = extract(text).unwrap();
        }
    }

    #[test]
    fn inventory_round_trips() {
        let modules = extract(CHAPTER).unwrap();
        let text = to_inventory(&modules);
        assert!(text.contains("math\tfunction\tatan2\tmath.atan2(y, x)\n"));
        assert!(text.contains("ujson\t-\t-\t-\n"));
        assert_eq!(from_inventory(&text).unwrap(), modules);
    }

    #[test]
    fn bad_inventory_lines_are_errors() {
        for (text, message) in [
            ("math\tfunction\n", "4 tab-separated"),
            ("math\tthing\tsin\tx\n", "unknown kind"),
            ("m a\tfunction\tsin\tx\n", "bad module"),
            ("math\tfunction\t1x\tx\n", "bad name"),
            (
                "a\tfunction\tf\tf()\nb\tfunction\tg\tg()\na\tfunction\th\th()\n",
                "appears twice",
            ),
        ] {
            let e = from_inventory(text).unwrap_err();
            assert!(e.contains(message), "{text:?}: {e}");
        }
    }
}
