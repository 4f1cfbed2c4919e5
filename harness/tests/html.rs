//! The HTML report in a real browser: headless Chromium (Debian's
//! `chromium` package) loads reports/compat.html from a `file://` URL, with
//! networking and every background service off, and the DOM it builds must
//! hold the area x target matrix.
//!
//! Chromium is found at `$CHROMIUM`, else /usr/bin/chromium. When it is not
//! installed the test says so on stderr and passes, unless
//! HARNESS_REQUIRE_CHROMIUM is set (as .ci/run does after installing it):
//! then a missing browser is a failure.

mod support;

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use support::*;

/// Where Chromium should be.
fn chromium_path() -> PathBuf {
    std::env::var_os("CHROMIUM")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/chromium"))
}

/// The DOM Chromium builds for a page, serialised (`--dump-dom`).
fn dump_dom(browser: &PathBuf, page: &std::path::Path, profile: &std::path::Path) -> String {
    let url = format!("file://{}", page.display());
    let mut child = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg("--dump-dom")
        .arg(&url)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {}: {e}", browser.display()));
    // --dump-dom prints once the page has loaded, then exits; a browser that
    // hangs is killed rather than hanging the test run.
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("chromium did not finish within 120 s");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let output = child.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "chromium failed: {}",
        output.status
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn chromium_loads_the_report_and_finds_the_matrix() {
    let browser = chromium_path();
    if !browser.is_file() {
        if std::env::var_os("HARNESS_REQUIRE_CHROMIUM").is_some() {
            panic!(
                "HARNESS_REQUIRE_CHROMIUM is set but {} is not installed",
                browser.display()
            );
        }
        eprintln!(
            "SKIPPED chromium_loads_the_report_and_finds_the_matrix: {} is not installed \
             (apt-get install chromium); CI installs it and runs this check",
            browser.display()
        );
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let reports = tmp.path().join("reports");
    write_results(tmp.path(), &reports);
    let list = args(&[
        &"report",
        &"--cases",
        &report_cases(),
        &"--reports",
        &reports,
        &"--docs",
        &tmp.path().join("differences.md"),
        &"--spec",
        &spec(),
        &"--cache",
        &tmp.path().join("cache"),
        &"--no-run",
    ]);
    let refs: Vec<_> = list.iter().collect();
    let (status, out, err) = cli(&refs);
    assert_eq!(status, 0, "{out}{err}");

    let dom = dump_dom(
        &browser,
        &reports.join("compat.html"),
        &tmp.path().join("profile"),
    );
    let start = dom
        .find("<table id=\"matrix\">")
        .unwrap_or_else(|| panic!("no matrix table in the DOM:\n{dom}"));
    let table = &dom[start..];
    let table = &table[..table.find("</table>").expect("the matrix table is closed")];
    assert!(table.contains("<th>unix</th>"), "{table}");
    assert!(table.contains("<th>cpython</th>"), "{table}");
    for area in ["basics", "cpydiff", "modules/math", "all"] {
        assert!(
            table.contains(&format!("<th>{area}</th>")),
            "{area}: {table}"
        );
    }
    assert!(
        table.contains("<td class=\"num pass\">1 / 0 / 0</td>"),
        "{table}"
    );
    assert!(
        table.contains("<td class=\"num fail\">1 / 1 / 0</td>"),
        "{table}"
    );
    // The rest of the page is there too.
    assert!(dom.contains("id=\"coverage\""));
    assert!(dom.contains("id=\"failures\""));
}
