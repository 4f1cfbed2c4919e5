//! The compatibility report's content: results by area and target, the
//! library chapter's coverage, and the failures. Rendered as Markdown here
//! and as HTML by `compat_html`.
//!
//! Everything is sorted and nothing depends on the clock, the machine or
//! the run's timing, so the same inputs give the same bytes: durations are
//! left out, absolute paths in failure details are made relative, and
//! percentages are computed in integers.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::compare::Status;
use crate::coverage::{self, ItemCoverage, ModuleCoverage};
use crate::cpydiff;
use crate::report::CaseResult;
use crate::results::TargetResults;

/// A column of the matrix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    /// `unix`, `qemu:<board>`, `cpython`.
    pub name: String,
    /// The results files read for it; empty when the target was not run.
    pub files: Vec<String>,
}

impl Column {
    pub fn was_run(&self) -> bool {
        !self.files.is_empty()
    }
}

/// Counts of one area on one target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    pub pass: usize,
    pub fail: usize,
    pub skip: usize,
    /// Cases of the area with no result for the target.
    pub missing: usize,
}

impl Counts {
    fn add(&mut self, status: Option<Status>) {
        match status {
            Some(Status::Pass) => self.pass += 1,
            Some(Status::Fail) => self.fail += 1,
            Some(Status::Skip) => self.skip += 1,
            None => self.missing += 1,
        }
    }

    fn merge(&mut self, other: Counts) {
        self.pass += other.pass;
        self.fail += other.fail;
        self.skip += other.skip;
        self.missing += other.missing;
    }
}

/// A cell of the matrix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell {
    NotRun,
    Counts(Counts),
}

impl Cell {
    /// `380 / 2 / 1`, `+3 not run` when some cases have no result.
    pub fn text(&self) -> String {
        match self {
            Cell::NotRun => "not run".into(),
            Cell::Counts(c) => {
                let mut text = format!("{} / {} / {}", c.pass, c.fail, c.skip);
                if c.missing > 0 {
                    let _ = write!(text, " (+{} not run)", c.missing);
                }
                text
            }
        }
    }

    /// A word for styling: `pass`, `fail`, `skip`, `notrun`.
    pub fn class(&self) -> &'static str {
        match self {
            Cell::NotRun => "notrun",
            Cell::Counts(c) if c.fail > 0 => "fail",
            Cell::Counts(c) if c.pass > 0 => "pass",
            Cell::Counts(c) if c.skip > 0 => "skip",
            Cell::Counts(_) => "notrun",
        }
    }
}

/// How a documented object fares on a target, over the cases using it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemCell {
    /// No case uses it.
    NoCases,
    /// The target did not run any of its cases.
    NotRun,
    /// All that ran passed (some may have skipped).
    Pass(usize),
    /// `failed` of `ran` failed.
    Fail { failed: usize, ran: usize },
    /// All that ran skipped.
    Skip(usize),
}

impl ItemCell {
    pub fn text(&self) -> String {
        match self {
            ItemCell::NoCases => "no cases".into(),
            ItemCell::NotRun => "not run".into(),
            ItemCell::Pass(n) => format!("pass ({n})"),
            ItemCell::Fail { failed, ran } => format!("FAIL ({failed} of {ran})"),
            ItemCell::Skip(n) => format!("skip ({n})"),
        }
    }

    pub fn class(&self) -> &'static str {
        match self {
            ItemCell::NoCases | ItemCell::NotRun => "notrun",
            ItemCell::Pass(_) => "pass",
            ItemCell::Fail { .. } => "fail",
            ItemCell::Skip(_) => "skip",
        }
    }
}

/// A documented object's row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemRow {
    pub coverage: ItemCoverage,
    /// One per column.
    pub cells: Vec<ItemCell>,
}

/// A module's part of the coverage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModuleRow {
    pub name: String,
    pub folders: Vec<String>,
    pub items: Vec<ItemRow>,
}

impl ModuleRow {
    pub fn covered(&self) -> usize {
        self.items
            .iter()
            .filter(|i| !i.coverage.cases.is_empty())
            .count()
    }

    /// Objects whose cases all pass (or skip) on column `column`.
    pub fn passing(&self, column: usize) -> usize {
        self.items
            .iter()
            .filter(|i| matches!(i.cells.get(column), Some(ItemCell::Pass(_))))
            .count()
    }
}

/// A failed case on a target, for the failures section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub target: String,
    pub case: String,
    pub reason: String,
    pub diff: Option<String>,
    pub detail: Option<String>,
}

/// Everything the report shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Compat {
    pub columns: Vec<Column>,
    /// `(area, one cell per column)`, sorted by area.
    pub areas: Vec<(String, Vec<Cell>)>,
    pub totals: Vec<Cell>,
    pub case_count: usize,
    pub modules: Vec<ModuleRow>,
    /// Documented differences by their area (Core, Types...).
    pub differences: BTreeMap<String, usize>,
    pub failures: Vec<Failure>,
}

/// What the report is made from.
pub struct Inputs<'a> {
    /// Every case's name (sorted).
    pub cases: &'a [String],
    /// Results by target.
    pub results: &'a BTreeMap<String, TargetResults>,
    /// Targets to show even when they have no results (`unix`,
    /// `qemu:<board>` for each board, `cpython`).
    pub known_targets: &'a [String],
    pub coverage: Vec<ModuleCoverage>,
    /// Documented differences by area.
    pub differences: BTreeMap<String, usize>,
    /// Text replacements for failure details: absolute paths to relative.
    pub replacements: &'a [(String, String)],
}

/// The area of a case: its folder, two levels deep under `modules/`.
pub fn area_of(case: &str) -> String {
    let parts: Vec<&str> = case.split('/').collect();
    match parts.as_slice() {
        [_] => "(top level)".into(),
        ["modules", module, _, ..] => format!("modules/{module}"),
        [area, ..] => (*area).to_string(),
        [] => String::new(),
    }
}

/// Columns in their display order: unix first, then the boards, then
/// CPython, then anything else, by name.
fn order(name: &str) -> (u8, &str) {
    let rank = match name {
        "unix" => 0,
        n if n.starts_with("qemu:") => 1,
        "cpython" => 2,
        _ => 3,
    };
    (rank, name)
}

impl Compat {
    /// The failures in runs of one target each (they are sorted by target),
    /// as `(target, its failures)`.
    pub fn failures_by_target(&self) -> Vec<(&str, &[Failure])> {
        self.failures
            .chunk_by(|a, b| a.target == b.target)
            .map(|run| (run[0].target.as_str(), run))
            .collect()
    }

    pub fn build(inputs: Inputs<'_>) -> Compat {
        let mut names: Vec<&str> = inputs
            .known_targets
            .iter()
            .map(String::as_str)
            .chain(inputs.results.keys().map(String::as_str))
            .collect();
        names.sort_by_key(|n| order(n));
        names.dedup();
        let columns: Vec<Column> = names
            .iter()
            .map(|name| Column {
                name: name.to_string(),
                files: inputs
                    .results
                    .get(*name)
                    .map(|r| r.files.clone())
                    .unwrap_or_default(),
            })
            .collect();
        let status = |column: &Column, case: &str| -> Option<Status> {
            inputs
                .results
                .get(&column.name)
                .and_then(|r| r.cases.get(case))
                .map(|r| r.status)
        };

        let mut by_area: BTreeMap<String, Vec<Counts>> = BTreeMap::new();
        for case in inputs.cases {
            let counts = by_area
                .entry(area_of(case))
                .or_insert_with(|| vec![Counts::default(); columns.len()]);
            for (i, column) in columns.iter().enumerate() {
                counts[i].add(status(column, case));
            }
        }
        let mut totals = vec![Counts::default(); columns.len()];
        for counts in by_area.values() {
            for (total, c) in totals.iter_mut().zip(counts) {
                total.merge(*c);
            }
        }
        let to_cells = |counts: &[Counts]| -> Vec<Cell> {
            counts
                .iter()
                .zip(&columns)
                .map(|(c, column)| {
                    if column.was_run() {
                        Cell::Counts(*c)
                    } else {
                        Cell::NotRun
                    }
                })
                .collect()
        };
        let areas = by_area
            .iter()
            .map(|(area, counts)| (area.clone(), to_cells(counts)))
            .collect();
        let totals = to_cells(&totals);

        let modules = inputs
            .coverage
            .into_iter()
            .map(|module| ModuleRow {
                name: module.name,
                folders: module.folders,
                items: module
                    .items
                    .into_iter()
                    .map(|coverage| {
                        let cells = columns
                            .iter()
                            .map(|column| item_cell(&coverage.cases, |c| status(column, c)))
                            .collect();
                        ItemRow { coverage, cells }
                    })
                    .collect(),
            })
            .collect();

        let mut failures = Vec::new();
        for column in &columns {
            let Some(results) = inputs.results.get(&column.name) else {
                continue;
            };
            for case in inputs.cases {
                if let Some(result) = results.cases.get(case) {
                    if result.status == Status::Fail {
                        failures.push(failure(result, &column.name, inputs.replacements));
                    }
                }
            }
        }

        Compat {
            columns,
            areas,
            totals,
            case_count: inputs.cases.len(),
            modules,
            differences: inputs.differences,
            failures,
        }
    }

    /// Documented objects with a case, and all of them.
    pub fn coverage_totals(&self) -> (usize, usize) {
        self.modules
            .iter()
            .fold((0, 0), |(c, t), m| (c + m.covered(), t + m.items.len()))
    }

    /// Documented objects whose cases pass on the first column (unix).
    pub fn passing_total(&self, column: usize) -> usize {
        self.modules.iter().map(|m| m.passing(column)).sum()
    }

    /// The summary sentences, shared by both renderings.
    pub fn summary(&self) -> Vec<String> {
        let (covered, documented) = self.coverage_totals();
        let differences: usize = self.differences.values().sum();
        let by_area: Vec<String> = cpydiff::AREAS
            .iter()
            .filter_map(|a| self.differences.get(*a).map(|n| format!("{a} {n}")))
            .collect();
        let mut lines = vec![
            format!(
                "{} cases in {} areas; results are shown as pass / fail / skip.",
                self.case_count,
                self.areas.len()
            ),
            format!(
                "{differences} documented differences from CPython ({}), listed in docs/differences.md.",
                by_area.join(", ")
            ),
            format!(
                "Library chapter of the spec: {covered} of {documented} documented functions, classes, methods and constants have cases ({}).",
                percent(covered, documented)
            ),
        ];
        for (i, column) in self.columns.iter().enumerate() {
            if column.was_run() && column.name != "cpython" {
                let passing = self.passing_total(i);
                lines.push(format!(
                    "On {}, the cases of {passing} of them all pass ({} of the chapter).",
                    column.name,
                    percent(passing, documented)
                ));
            }
        }
        for column in &self.columns {
            lines.push(if column.was_run() {
                format!(
                    "Target {}: results from {}.",
                    column.name,
                    column
                        .files
                        .iter()
                        .map(|f| format!("reports/{f}"))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            } else {
                format!("Target {}: not run (no results file).", column.name)
            });
        }
        lines
    }
}

fn item_cell(cases: &[String], status: impl Fn(&str) -> Option<Status>) -> ItemCell {
    if cases.is_empty() {
        return ItemCell::NoCases;
    }
    let mut counts = Counts::default();
    for case in cases {
        counts.add(status(case));
    }
    let ran = counts.pass + counts.fail + counts.skip;
    if ran == 0 {
        ItemCell::NotRun
    } else if counts.fail > 0 {
        ItemCell::Fail {
            failed: counts.fail,
            ran,
        }
    } else if counts.pass > 0 {
        ItemCell::Pass(counts.pass)
    } else {
        ItemCell::Skip(counts.skip)
    }
}

fn failure(result: &CaseResult, target: &str, replacements: &[(String, String)]) -> Failure {
    let clean = |text: &Option<String>| text.as_ref().map(|t| sanitize(t, replacements));
    Failure {
        target: target.to_string(),
        case: result.path.clone(),
        reason: sanitize(result.reason.as_deref().unwrap_or("failed"), replacements),
        diff: clean(&result.diff),
        detail: clean(&result.detail),
    }
}

/// Applies the replacements (longest first, so nested paths work).
pub fn sanitize(text: &str, replacements: &[(String, String)]) -> String {
    let mut sorted: Vec<&(String, String)> = replacements
        .iter()
        .filter(|(from, _)| !from.is_empty())
        .collect();
    sorted.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
    let mut text = text.to_string();
    for (from, to) in sorted {
        text = text.replace(from.as_str(), to);
    }
    text
}

/// `12.3%`, rounded half up, from integers (no float formatting).
pub fn percent(part: usize, whole: usize) -> String {
    if whole == 0 {
        return "n/a".into();
    }
    let tenths = (part * 1000 + whole / 2) / whole;
    format!("{}.{}%", tenths / 10, tenths % 10)
}

/// A fenced block whose fence is longer than any backtick run inside.
pub fn fence(text: &str, lang: &str) -> String {
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let ticks = "`".repeat(longest.max(2) + 1);
    let mut body = text.to_string();
    if !body.ends_with('\n') {
        body.push('\n');
    }
    format!("{ticks}{lang}\n{body}{ticks}\n")
}

/// Text for a Markdown table cell: no line breaks, no pipes.
pub fn md_cell(text: &str) -> String {
    text.replace('|', "\\|").replace(['\n', '\r'], " ")
}

/// The report as Markdown.
pub fn markdown(compat: &Compat) -> String {
    let mut md = String::new();
    md.push_str("# Compatibility report\n\n");
    md.push_str(
        "Generated by `harness report` from the cases, the spec's library chapter and the \
         results files in `reports/`: do not edit it by hand. See \
         [docs/reports.md](../docs/reports.md) for how to regenerate it; \
         [compat.html](compat.html) has the same content as a web page.\n\n",
    );
    md.push_str("## Summary\n\n");
    for line in compat.summary() {
        let _ = writeln!(md, "* {line}");
    }

    md.push_str("\n## Results by area and target\n\n");
    md.push_str("Each cell: cases passed / failed / skipped.\n\n");
    let header: Vec<String> = compat.columns.iter().map(|c| md_cell(&c.name)).collect();
    let _ = writeln!(md, "| area | {} |", header.join(" | "));
    let _ = writeln!(md, "| --- |{}", " ---: |".repeat(compat.columns.len()));
    for (area, cells) in &compat.areas {
        let cells: Vec<String> = cells.iter().map(Cell::text).collect();
        let _ = writeln!(md, "| {} | {} |", md_cell(area), cells.join(" | "));
    }
    let totals: Vec<String> = compat
        .totals
        .iter()
        .map(|c| format!("**{}**", c.text()))
        .collect();
    let _ = writeln!(md, "| **all** | {} |", totals.join(" | "));

    md.push_str("\n## Library coverage\n\n");
    md.push_str(
        "Every function, class, method and constant the spec's library chapter documents, \
         with the cases that use it (searched in the module's case folders; `basics/` for \
         the builtins) and how those cases fare on each target.\n\n",
    );
    let passing_columns: Vec<(usize, &Column)> = compat
        .columns
        .iter()
        .enumerate()
        .filter(|(_, c)| c.was_run() && c.name != "cpython")
        .collect();
    let mut head = String::from("| module | documented | with cases |");
    let mut rule = String::from("| --- | ---: | ---: |");
    for (_, column) in &passing_columns {
        let _ = write!(head, " passing on {} |", md_cell(&column.name));
        rule.push_str(" ---: |");
    }
    let _ = writeln!(md, "{head}\n{rule}");
    for module in &compat.modules {
        let mut row = format!(
            "| [{}](#module-{}) | {} | {} |",
            module.name,
            module.name.replace('.', "-"),
            module.items.len(),
            module.covered()
        );
        for (i, _) in &passing_columns {
            let _ = write!(row, " {} |", module.passing(*i));
        }
        let _ = writeln!(md, "{row}");
    }
    for module in &compat.modules {
        let _ = writeln!(
            md,
            "\n<a id=\"module-{}\"></a>\n### {}\n",
            module.name.replace('.', "-"),
            module.name
        );
        let _ = writeln!(md, "Cases in: {}\n", folder_list(&module.folders));
        if module.items.is_empty() {
            md.push_str("The spec documents no objects of this module.\n");
            continue;
        }
        let _ = writeln!(md, "| name | kind | cases | {} |", header.join(" | "));
        let _ = writeln!(
            md,
            "| --- | --- | ---: |{}",
            " --- |".repeat(compat.columns.len())
        );
        for item in &module.items {
            let cells: Vec<String> = item.cells.iter().map(ItemCell::text).collect();
            let _ = writeln!(
                md,
                "| `{}` | {} | {} | {} |",
                md_cell(&item.coverage.item.name),
                item.coverage.item.kind,
                item.coverage.cases.len(),
                cells.join(" | ")
            );
        }
    }

    md.push_str("\n## Failures\n");
    if compat.failures.is_empty() {
        md.push_str("\nNo case failed on a target that was run.\n");
    }
    for (target, failures) in compat.failures_by_target() {
        let _ = writeln!(md, "\n### {} ({})", target, failures.len());
        for failure in failures {
            let _ = writeln!(
                md,
                "\n#### `{}` on {}\n\n{}\n",
                failure.case,
                failure.target,
                md_cell(&failure.reason)
            );
            if let Some(diff) = &failure.diff {
                md.push_str(&fence(diff, "diff"));
            }
            if let Some(detail) = &failure.detail {
                md.push_str("\nstderr:\n\n");
                md.push_str(&fence(detail, "text"));
            }
        }
    }
    md
}

fn folder_list(folders: &[String]) -> String {
    folders
        .iter()
        .map(|f| format!("`cases/{f}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The totals the note of a run quotes: documented objects with cases.
pub fn coverage_line(coverage: &[ModuleCoverage]) -> String {
    let (covered, total) = coverage::totals(coverage);
    format!(
        "{covered} of {total} documented objects of the library chapter have cases ({})",
        percent(covered, total)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::Verdict;
    use crate::spec::{Item, Kind};
    use std::time::Duration;

    fn result(path: &str, target: &str, status: Status) -> CaseResult {
        CaseResult::new(
            path,
            target,
            Verdict {
                status,
                reason: (status == Status::Fail).then(|| "output differs".into()),
                diff: (status == Status::Fail).then(|| "-a\n+b\n".into()),
                detail: (status == Status::Fail)
                    .then(|| "File \"/repo/cases/basics/b.py\", line 1".into()),
            },
            Duration::from_millis(7),
            None,
        )
    }

    fn target(name: &str, cases: &[(&str, Status)]) -> TargetResults {
        TargetResults {
            target: name.into(),
            cases: cases
                .iter()
                .map(|(p, s)| (p.to_string(), result(p, name, *s)))
                .collect(),
            files: vec![format!("results-{name}.json")],
        }
    }

    fn sample() -> Compat {
        let cases: Vec<String> = [
            "basics/a.py",
            "basics/b.py",
            "cpydiff/core_x.py",
            "modules/math/sin.py",
            "old.py",
        ]
        .map(String::from)
        .to_vec();
        let mut results = BTreeMap::new();
        results.insert(
            "unix".to_string(),
            target(
                "unix",
                &[
                    ("basics/a.py", Status::Pass),
                    ("basics/b.py", Status::Fail),
                    ("modules/math/sin.py", Status::Pass),
                    ("deleted/case.py", Status::Fail),
                ],
            ),
        );
        results.insert(
            "cpython".to_string(),
            target("cpython", &[("basics/a.py", Status::Skip)]),
        );
        let coverage = vec![ModuleCoverage {
            name: "math".into(),
            folders: vec!["modules/math/".into()],
            items: vec![
                ItemCoverage {
                    item: Item {
                        name: "sin".into(),
                        kind: Kind::Function,
                        signature: "math.sin(x)".into(),
                    },
                    cases: vec!["modules/math/sin.py".into()],
                },
                ItemCoverage {
                    item: Item {
                        name: "cos".into(),
                        kind: Kind::Function,
                        signature: "math.cos(x)".into(),
                    },
                    cases: vec![],
                },
            ],
        }];
        let known = ["unix", "qemu:mps2-an385", "cpython"].map(String::from);
        Compat::build(Inputs {
            cases: &cases,
            results: &results,
            known_targets: &known,
            coverage,
            differences: BTreeMap::from([("Core".to_string(), 1)]),
            replacements: &[("/repo/".to_string(), String::new())],
        })
    }

    #[test]
    fn areas() {
        assert_eq!(area_of("basics/a.py"), "basics");
        assert_eq!(area_of("modules/ujson/dumps.py"), "modules/ujson");
        assert_eq!(area_of("modules/x.py"), "modules");
        assert_eq!(area_of("a.py"), "(top level)");
        assert_eq!(area_of("import/pkg/x.py"), "import");
    }

    #[test]
    fn matrix_counts_by_area_and_target() {
        let compat = sample();
        let names: Vec<&str> = compat.columns.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["unix", "qemu:mps2-an385", "cpython"]);
        let basics = &compat.areas[1];
        assert_eq!(basics.0, "basics");
        assert_eq!(basics.1[0].text(), "1 / 1 / 0");
        assert_eq!(basics.1[0].class(), "fail");
        assert_eq!(basics.1[1], Cell::NotRun);
        assert_eq!(basics.1[2].text(), "0 / 0 / 1 (+1 not run)");
        // The deleted case's result is ignored; cases without results count
        // as not run.
        assert_eq!(compat.totals[0].text(), "2 / 1 / 0 (+2 not run)");
        assert_eq!(compat.failures.len(), 1);
        assert_eq!(compat.failures[0].case, "basics/b.py");
        assert_eq!(
            compat.failures[0].detail.as_deref(),
            Some("File \"cases/basics/b.py\", line 1")
        );
    }

    #[test]
    fn coverage_cells() {
        let compat = sample();
        let math = &compat.modules[0];
        assert_eq!(math.covered(), 1);
        assert_eq!(math.items[0].cells[0], ItemCell::Pass(1));
        assert_eq!(math.items[0].cells[1], ItemCell::NotRun);
        assert_eq!(math.items[1].cells[0], ItemCell::NoCases);
        assert_eq!(compat.coverage_totals(), (1, 2));
        assert_eq!(compat.passing_total(0), 1);
        assert_eq!(
            item_cell(&["a".into(), "b".into()], |c| Some(if c == "a" {
                Status::Fail
            } else {
                Status::Skip
            })),
            ItemCell::Fail { failed: 1, ran: 2 }
        );
        assert_eq!(
            item_cell(&["a".into()], |_| Some(Status::Skip)),
            ItemCell::Skip(1)
        );
    }

    #[test]
    fn markdown_has_every_section_and_is_stable() {
        let md = markdown(&sample());
        assert_eq!(md, markdown(&sample()));
        for needle in [
            "# Compatibility report",
            "| area | unix | qemu:mps2-an385 | cpython |",
            "| basics | 1 / 1 / 0 | not run | 0 / 0 / 1 (+1 not run) |",
            "| **all** |",
            "1 of 2 documented functions, classes, methods and constants have cases (50.0%)",
            "1 documented differences from CPython (Core 1)",
            "Target qemu:mps2-an385: not run (no results file).",
            "Target unix: results from reports/results-unix.json.",
            "| [math](#module-math) | 2 | 1 | 1 |",
            "| `sin` | function | 1 | pass (1) | not run | not run |",
            "| `cos` | function | 0 | no cases | no cases | no cases |",
            "### unix (1)",
            "#### `basics/b.py` on unix",
            "```diff\n-a\n+b\n```",
        ] {
            assert!(md.contains(needle), "missing {needle:?} in\n{md}");
        }
        assert!(!md.contains("/repo/"));
        assert!(!md.contains("duration"));
    }

    #[test]
    fn helpers() {
        assert_eq!(percent(1, 3), "33.3%");
        assert_eq!(percent(2, 3), "66.7%");
        assert_eq!(percent(0, 0), "n/a");
        assert_eq!(percent(5, 5), "100.0%");
        assert_eq!(fence("a ``` b", "text"), "````text\na ``` b\n````\n");
        assert_eq!(fence("x\n", ""), "```\nx\n```\n");
        assert_eq!(md_cell("a|b\nc"), "a\\|b c");
        let r = [
            ("/a/".to_string(), "".to_string()),
            ("/a/b/".to_string(), "B/".to_string()),
        ];
        assert_eq!(sanitize("/a/b/x /a/y", &r), "B/x y");
    }
}
