//! `harness report`: regenerates docs/differences.md, reports/compat.md,
//! reports/compat.html (and reports/library-api.txt, the spec's library
//! chapter as a list of names) from their inputs:
//!
//! * the cases (documented differences: header, code, `.exp`; every case:
//!   its name, and its text for coverage);
//! * CPython's output of each documented difference (embedded, cached);
//! * the spec's text when it can be found, else reports/library-api.txt;
//! * the results files in reports/ (see `results`). When the unix or the
//!   cpython target has none, that target is run first and its results
//!   file written (unless `--no-run`; then it shows as "not run"). Boards
//!   (`qemu:<board>`, one per qemu-boards/*.toml) are never run here: they
//!   show as "not run" until a results file for them is in reports/.
//!
//! The same inputs give the same bytes (see `compat`).

use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::cases::{self, Case};
use crate::cli::ReportArgs;
use crate::compare::normalise;
use crate::compat::{self, Compat, Inputs};
use crate::coverage::{self, CaseText};
use crate::cpydiff;
use crate::cpython::CPython;
use crate::differences::{self, Difference};
use crate::expected::{self, Cache};
use crate::progress::Progress;
use crate::results;
use crate::runner::{self, Options, Target};
use crate::spec;
use crate::targets::unix::UnixTarget;
use crate::workspace;

/// The inventory of the spec's library chapter, kept next to the reports.
pub const INVENTORY: &str = "library-api.txt";

/// One generated file and its new content.
struct Output {
    path: PathBuf,
    text: String,
}

/// Runs `harness report`. Returns whether a document was out of date
/// (only meaningful with `--check`, which writes nothing).
pub fn report(args: &ReportArgs, out: &mut dyn Write, err: &mut dyn Write) -> Result<bool, String> {
    let io = |e: std::io::Error| format!("writing the output: {e}");
    let cases = cases::discover(&args.cases)?;
    let cache = Cache::new(&args.cache);
    let modules = library(args, err)?;

    let differences = load_differences(&cases, &cache, args)?;
    let python = CPython::get()?.version().to_string();
    let python = major_minor(&python);
    let docs_dir = args.docs.parent().unwrap_or(Path::new("."));
    let cases_link = relative_link(docs_dir, &args.cases);
    let differences_md = differences::markdown(&differences, &cases_link, &python);

    let mut results = results::load(&args.reports)?;
    for target in ["unix", "cpython"] {
        if results.contains_key(target) {
            continue;
        }
        if !args.run_missing {
            writeln!(
                err,
                "harness: no results for {target} in {} (not run)",
                args.reports.display()
            )
            .map_err(io)?;
            continue;
        }
        writeln!(err, "harness: no results for {target}: running it first").map_err(io)?;
        run_target(target, &cases, args, &cache, err)?;
    }
    if args.run_missing {
        results = results::load(&args.reports)?;
    }

    let texts: Vec<CaseText> = cases
        .iter()
        .map(|c| CaseText {
            name: c.name.clone(),
            text: fs::read_to_string(&c.path).unwrap_or_default(),
        })
        .collect();
    let coverage = coverage::compute(&modules, &texts);
    let names: Vec<String> = cases.iter().map(|c| c.name.clone()).collect();
    let mut by_area: BTreeMap<String, usize> = BTreeMap::new();
    for d in &differences {
        *by_area.entry(d.header.area.clone()).or_default() += 1;
    }
    let compat = Compat::build(Inputs {
        cases: &names,
        results: &results,
        known_targets: &known_targets(),
        coverage,
        differences: by_area,
        replacements: &replacements(&args.cases),
    });

    let outputs = [
        Output {
            path: args.docs.clone(),
            text: differences_md,
        },
        Output {
            path: args.reports.join("compat.md"),
            text: compat::markdown(&compat),
        },
        Output {
            path: args.reports.join("compat.html"),
            text: crate::compat_html::render(&compat),
        },
        Output {
            path: args.reports.join(INVENTORY),
            text: spec::to_inventory(&modules),
        },
    ];
    let mut outdated = false;
    for output in &outputs {
        let current = fs::read_to_string(&output.path).ok();
        let same = current.as_deref() == Some(output.text.as_str());
        if args.check {
            if !same {
                outdated = true;
                writeln!(out, "out of date: {}", output.path.display()).map_err(io)?;
            }
            continue;
        }
        if !same {
            if let Some(dir) = output.path.parent() {
                fs::create_dir_all(dir).map_err(|e| format!("creating {}: {e}", dir.display()))?;
            }
            fs::write(&output.path, &output.text)
                .map_err(|e| format!("writing {}: {e}", output.path.display()))?;
        }
        writeln!(
            out,
            "{} {}",
            if same { "unchanged" } else { "wrote" },
            output.path.display()
        )
        .map_err(io)?;
    }
    let (covered, documented) = compat.coverage_totals();
    writeln!(
        out,
        "{} documented differences; library chapter coverage: {covered} of {documented} ({})",
        differences.len(),
        compat::percent(covered, documented)
    )
    .map_err(io)?;
    Ok(outdated)
}

/// The spec's library chapter: extracted from the spec when it is found,
/// else read from the inventory file.
fn library(args: &ReportArgs, err: &mut dyn Write) -> Result<Vec<spec::Module>, String> {
    let inventory = args.reports.join(INVENTORY);
    let spec_path = args.spec.clone().or_else(workspace::spec_path);
    match spec_path {
        Some(path) => {
            let text = fs::read_to_string(&path)
                .map_err(|e| format!("reading the spec {}: {e}", path.display()))?;
            spec::extract(&text).map_err(|e| format!("{}: {e}", path.display()))
        }
        None => {
            let _ = writeln!(
                err,
                "harness: the spec's text was not found (set PYCOPY_SPEC or --spec); using {}",
                inventory.display()
            );
            let text = fs::read_to_string(&inventory).map_err(|e| {
                format!(
                    "no spec text and no {} ({e}): pass --spec PATH",
                    inventory.display()
                )
            })?;
            spec::from_inventory(&text).map_err(|e| format!("{}: {e}", inventory.display()))
        }
    }
}

/// Every documented difference with both outputs. A case that breaks the
/// format is an error: the page must not silently lose it.
fn load_differences(
    cases: &[Case],
    cache: &Cache,
    args: &ReportArgs,
) -> Result<Vec<Difference>, String> {
    let mut list = Vec::new();
    let mut problems = Vec::new();
    for case in cases.iter().filter(|c| cpydiff::is_cpydiff(c)) {
        match difference(case, cache, args) {
            Ok(d) => list.push(d),
            Err(e) => problems.push(format!("{}: {e}", case.name)),
        }
    }
    if !problems.is_empty() {
        return Err(format!(
            "documented differences with problems:\n  {}",
            problems.join("\n  ")
        ));
    }
    Ok(list)
}

fn difference(case: &Case, cache: &Cache, args: &ReportArgs) -> Result<Difference, String> {
    let (header, code) = cpydiff::header_of(case)?;
    let exp = case
        .exp
        .as_ref()
        .ok_or("a documented difference needs a .exp file with Pycopy's output")?;
    let pycopy = fs::read(exp).map_err(|e| format!("cannot read {}: {e}", exp.display()))?;
    let (run, _) = expected::cpython_run(case, Some(cache), args.timeout)?;
    Ok(Difference {
        case: case.name.clone(),
        header,
        code,
        pycopy: String::from_utf8_lossy(&normalise(&pycopy)).into_owned(),
        cpython: cpydiff::cpython_text(&run),
    })
}

/// Runs a target on every case and writes its default results file.
fn run_target(
    target: &str,
    cases: &[Case],
    args: &ReportArgs,
    cache: &Cache,
    err: &mut dyn Write,
) -> Result<(), String> {
    let target = match target {
        "unix" => {
            let binary = match &args.binary {
                Some(b) => b.clone(),
                None => workspace::build_pycopy()?,
            };
            Target::Unix(UnixTarget::new(binary, args.timeout))
        }
        _ => Target::Cpython,
    };
    let options = Options {
        cache: Some(cache.clone()),
        timeout: args.timeout,
        jobs: std::thread::available_parallelism().map_or(1, Into::into),
        progress: Some(Arc::new(Progress::stderr())),
    };
    let report = runner::run(cases, &target, &options)?;
    let path = results::default_path(&args.reports, &target.name(), None);
    report.write_json(&path)?;
    let _ = writeln!(
        err,
        "harness: {}: {} ({})",
        target.name(),
        report.summary(),
        path.display()
    );
    Ok(())
}

/// unix, one `qemu:<board>` per qemu-boards/*.toml, cpython.
fn known_targets() -> Vec<String> {
    let mut targets = vec!["unix".to_string(), "cpython".to_string()];
    if let Ok(entries) = fs::read_dir(workspace::root().join("qemu-boards")) {
        let mut boards: Vec<String> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .filter_map(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
            .filter(|s| !s.starts_with(['.', '_']))
            .collect();
        boards.sort();
        targets.extend(boards.into_iter().map(|b| format!("qemu:{b}")));
    }
    targets
}

/// Absolute paths that may appear in failure details, made relative.
fn replacements(cases: &Path) -> Vec<(String, String)> {
    let mut list = Vec::new();
    let mut add = |from: &Path, to: &str| {
        let mut from = from.to_string_lossy().into_owned();
        if !from.ends_with('/') {
            from.push('/');
        }
        list.push((from, to.to_string()));
    };
    add(cases, "cases/");
    if let Ok(canonical) = cases.canonicalize() {
        add(&canonical, "cases/");
    }
    let root = workspace::root();
    add(&root, "");
    if let Ok(canonical) = root.canonicalize() {
        add(&canonical, "");
    }
    list
}

/// `3.11.7 (main, ...)` -> `3.11`.
fn major_minor(version: &str) -> String {
    let number = version.split_whitespace().next().unwrap_or(version);
    number.split('.').take(2).collect::<Vec<_>>().join(".")
}

/// The relative link from the docs folder to the cases folder (`../cases`
/// in the repository), from their absolute paths.
fn relative_link(from: &Path, to: &Path) -> String {
    let from: Vec<_> = from.components().collect();
    let to: Vec<_> = to.components().collect();
    let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    let mut parts: Vec<String> = vec!["..".into(); from.len() - common];
    parts.extend(
        to[common..]
            .iter()
            .map(|c| c.as_os_str().to_string_lossy().into_owned()),
    );
    if parts.is_empty() {
        ".".into()
    } else {
        parts.join("/")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn version_and_links() {
        assert_eq!(major_minor("3.11.7 (main, May  9 2026) [GCC]"), "3.11");
        assert_eq!(major_minor("3.12"), "3.12");
        let root = workspace::root();
        assert_eq!(
            relative_link(&root.join("docs"), &root.join("cases")),
            "../cases"
        );
        assert_eq!(relative_link(&root, &root.join("cases")), "cases");
        assert_eq!(
            relative_link(Path::new("/elsewhere/docs"), Path::new("/x/cases")),
            "../../x/cases"
        );
        assert_eq!(relative_link(Path::new("/a/b"), Path::new("/a/b")), ".");
    }

    #[test]
    fn targets_include_unix_and_cpython() {
        let targets = known_targets();
        assert_eq!(&targets[..2], ["unix", "cpython"]);
        assert!(targets[2..].iter().all(|t| t.starts_with("qemu:")));
    }

    #[test]
    fn replacements_cover_cases_and_root() {
        let list = replacements(&workspace::cases_dir());
        let text = compat::sanitize(
            &format!(
                "{}/cases/a.py and {}/x",
                workspace::root().display(),
                workspace::root().display()
            ),
            &list,
        );
        assert_eq!(text, "cases/a.py and x");
    }
}
