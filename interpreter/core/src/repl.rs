//! The REPL: one state machine fed input bytes, writing its output through
//! the VM's port. Friendly mode (line editing, auto-indent, history, tab
//! completion, Ctrl-C, Ctrl-E paste mode, `_`), raw mode (Ctrl-A) and
//! raw-paste mode with flow control, as the spec's REPL chapter describes.
//! The unix terminal and a board's UART are both just byte pipes into it.

use crate::value::Value;
use crate::vm::{PyErr, Vm};
use alloc::string::String;
use alloc::vec::Vec;

const CTRL_A: u8 = 0x01;
const CTRL_B: u8 = 0x02;
const CTRL_C: u8 = 0x03;
const CTRL_D: u8 = 0x04;
const CTRL_E: u8 = 0x05;
const BACKSPACE: u8 = 0x08;
const TAB: u8 = 0x09;
const ESC: u8 = 0x1b;
const DEL: u8 = 0x7f;

/// Raw-paste flow control: the window the host may send ahead.
pub const RAW_PASTE_WINDOW: u16 = 128;

/// How many lines the friendly REPL remembers for the arrow keys.
const HISTORY: usize = 8;

/// Default limit on the source text that raw, raw-paste and paste modes
/// collect before compiling it (see [`Repl::set_input_limit`]).
pub const DEFAULT_INPUT_LIMIT: usize = 16 * 1024 * 1024;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum State {
    Friendly,
    Paste,
    Raw,
    /// After Ctrl-E in raw mode: expecting "A" then Ctrl-A.
    RawPasteRequest(u8),
    RawPaste,
    /// Raw-paste input was cut short by the device (too much of it): the
    /// device sent Ctrl-D and drops what comes until the host's Ctrl-D (or a
    /// Ctrl-C), then reports MemoryError.
    RawPasteDrain,
}

/// What the port should do after a byte was fed.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Event {
    Continue,
    /// Ctrl-D on an empty line (friendly) or in raw mode: the port resets
    /// the interpreter (a board) or exits (unix), then calls `start` again.
    SoftReset,
    /// SystemExit at the friendly prompt, with its status: a board resets,
    /// unix exits with the status.
    Exit(i32),
}

/// Tells the port when Python code runs, so that Ctrl-C becomes
/// KeyboardInterrupt then (and an input byte otherwise).
pub trait Executing {
    fn executing(&mut self, running: bool);
}

pub struct Repl {
    state: State,
    /// The line being edited (friendly mode) and the cursor in it (chars).
    line: Vec<char>,
    cursor: usize,
    /// Lines of a compound statement typed so far.
    pending: String,
    /// Raw and paste modes' accumulated input.
    buf: Vec<u8>,
    history: Vec<String>,
    history_pos: Option<usize>,
    /// Escape sequence being read (after ESC).
    escape: Vec<u8>,
    /// The first bytes of a UTF-8 character being typed.
    utf8: Vec<u8>,
    /// Raw-paste: bytes received in the current window.
    window_used: u16,
    /// The previous byte was a CR (so a following LF is the same Enter).
    after_cr: bool,
    /// Most bytes of source raw and paste modes keep; more is MemoryError.
    input_limit: usize,
    /// Raw or paste input went over `input_limit` (and was dropped).
    overflow: bool,
    banner: String,
}

impl Repl {
    /// A REPL whose banner line (e.g. "Pycopy (Rust) v0.1.0 on mps2-an385")
    /// is printed on start and on Ctrl-B.
    pub fn new(banner: &str) -> Self {
        Repl {
            state: State::Friendly,
            line: Vec::new(),
            cursor: 0,
            pending: String::new(),
            buf: Vec::new(),
            history: Vec::new(),
            history_pos: None,
            escape: Vec::new(),
            utf8: Vec::new(),
            window_used: 0,
            after_cr: false,
            input_limit: DEFAULT_INPUT_LIMIT,
            overflow: false,
            banner: String::from(banner),
        }
    }

    /// Limit the source text raw, raw-paste and paste modes accept: a
    /// longer program is MemoryError (in raw-paste mode the device ends the
    /// transfer early, as the protocol allows) instead of exhausting memory.
    pub fn set_input_limit(&mut self, bytes: usize) {
        self.input_limit = bytes.max(1);
    }

    /// Whether the REPL is in raw mode (raw-paste included), where a soft
    /// reset comes back.
    pub fn is_raw(&self) -> bool {
        matches!(
            self.state,
            State::Raw | State::RawPaste | State::RawPasteRequest(_) | State::RawPasteDrain
        )
    }

    /// Print the banner and the first prompt (after a reset too). A REPL
    /// that was in raw mode stays in it, as boards do across soft resets.
    pub fn start(&mut self, vm: &mut Vm) {
        self.line.clear();
        self.cursor = 0;
        self.pending.clear();
        self.buf.clear();
        self.overflow = false;
        if self.is_raw() {
            self.state = State::Raw;
            out(vm, "raw REPL; CTRL-B to exit\r\n>");
        } else {
            self.state = State::Friendly;
            self.print_banner(vm);
            out(vm, ">>> ");
        }
    }

    fn print_banner(&self, vm: &mut Vm) {
        out(vm, &self.banner);
        out(vm, "\r\nType \"help()\" for more information.\r\n");
    }

    /// Feed one input byte.
    pub fn feed(&mut self, vm: &mut Vm, port: &mut dyn Executing, b: u8) -> Event {
        match self.state {
            State::Friendly => self.friendly(vm, port, b),
            State::Paste => self.paste(vm, port, b),
            State::Raw => self.raw(vm, port, b),
            State::RawPasteRequest(n) => self.raw_paste_request(vm, port, n, b),
            State::RawPaste => self.raw_paste(vm, port, b),
            State::RawPasteDrain => self.raw_paste_drain(vm, b),
        }
    }

    // ----- friendly mode -----

    fn prompt(&self) -> &'static str {
        if self.pending.is_empty() {
            ">>> "
        } else {
            "... "
        }
    }

    fn line_text(&self) -> String {
        self.line.iter().collect()
    }

    fn friendly(&mut self, vm: &mut Vm, port: &mut dyn Executing, b: u8) -> Event {
        if b != b'\n' {
            self.after_cr = false;
        }
        if !self.escape.is_empty() || b == ESC {
            self.escape_byte(vm, b);
            return Event::Continue;
        }
        match b {
            CTRL_A if self.line.is_empty() && self.pending.is_empty() => {
                self.state = State::Raw;
                self.buf.clear();
                out(vm, "\r\nraw REPL; CTRL-B to exit\r\n>");
            }
            CTRL_A => self.move_cursor(vm, 0),
            CTRL_B if self.line.is_empty() => {
                out(vm, "\r\n");
                self.print_banner(vm);
                out(vm, self.prompt());
            }
            CTRL_C => {
                self.line.clear();
                self.cursor = 0;
                self.pending.clear();
                out(vm, "\r\nKeyboardInterrupt\r\n>>> ");
            }
            CTRL_D if self.line.is_empty() && self.pending.is_empty() => {
                out(vm, "\r\n");
                return Event::SoftReset;
            }
            CTRL_D => {}
            CTRL_E if self.line.is_empty() && self.pending.is_empty() => {
                self.state = State::Paste;
                self.buf.clear();
                out(
                    vm,
                    "\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ",
                );
            }
            CTRL_E => {
                let end = self.line.len();
                self.move_cursor(vm, end);
            }
            BACKSPACE | DEL => self.backspace(vm),
            TAB => self.complete(vm),
            b'\n' if self.after_cr => {}
            b'\r' | b'\n' => {
                self.after_cr = b == b'\r';
                return self.enter(vm, port);
            }
            _ if b >= 0x20 => self.insert_byte(vm, b),
            _ => {}
        }
        Event::Continue
    }

    /// Insert a typed byte; the bytes of a UTF-8 sequence are collected
    /// until the character is complete (an invalid sequence is dropped).
    fn insert_byte(&mut self, vm: &mut Vm, b: u8) {
        if b < 0x80 {
            self.utf8.clear();
            self.insert_char(vm, b as char);
            return;
        }
        self.utf8.push(b);
        match core::str::from_utf8(&self.utf8) {
            Ok(s) => {
                let c = s.chars().next();
                self.utf8.clear();
                if let Some(c) = c {
                    self.insert_char(vm, c);
                }
            }
            Err(e) if e.error_len().is_some() || self.utf8.len() >= 4 => self.utf8.clear(),
            Err(_) => {}
        }
    }

    fn insert_char(&mut self, vm: &mut Vm, c: char) {
        self.line.insert(self.cursor, c);
        self.cursor += 1;
        let tail: String = self.line[self.cursor - 1..].iter().collect();
        out(vm, &tail);
        // Move back over the rest of the line.
        for _ in self.cursor..self.line.len() {
            out(vm, "\x08");
        }
    }

    fn backspace(&mut self, vm: &mut Vm) {
        if self.cursor == 0 {
            return;
        }
        // At the start of an indented continuation line, undo one level.
        let all_spaces = self.line[..self.cursor].iter().all(|c| *c == ' ');
        let n = if all_spaces && self.cursor >= 4 && self.cursor == self.line.len() {
            4
        } else {
            1
        };
        for _ in 0..n {
            self.cursor -= 1;
            self.line.remove(self.cursor);
            out(vm, "\x08");
        }
        let tail: String = self.line[self.cursor..].iter().collect();
        out(vm, &tail);
        for _ in 0..n {
            out(vm, " ");
        }
        for _ in 0..(self.line.len() - self.cursor + n) {
            out(vm, "\x08");
        }
    }

    fn move_cursor(&mut self, vm: &mut Vm, to: usize) {
        while self.cursor > to {
            out(vm, "\x08");
            self.cursor -= 1;
        }
        if self.cursor < to {
            let s: String = self.line[self.cursor..to].iter().collect();
            out(vm, &s);
            self.cursor = to;
        }
    }

    /// Arrow keys and friends: ESC [ A/B/C/D, ESC [ H/F, ESC [ 1~/4~.
    fn escape_byte(&mut self, vm: &mut Vm, b: u8) {
        self.escape.push(b);
        if self.escape.len() < 3 {
            if self.escape.len() == 2 && b != b'[' && b != b'O' {
                self.escape.clear();
            }
            return;
        }
        let last = b;
        if last.is_ascii_digit() {
            return;
        }
        let seq = core::mem::take(&mut self.escape);
        match (seq.get(2).copied(), last) {
            (_, b'A') => self.history_move(vm, true),
            (_, b'B') => self.history_move(vm, false),
            (_, b'C') if self.cursor < self.line.len() => {
                let to = self.cursor + 1;
                self.move_cursor(vm, to);
            }
            (_, b'D') if self.cursor > 0 => {
                let to = self.cursor - 1;
                self.move_cursor(vm, to);
            }
            (_, b'H') | (Some(b'1'), b'~') => self.move_cursor(vm, 0),
            (_, b'F') | (Some(b'4'), b'~') => {
                let end = self.line.len();
                self.move_cursor(vm, end);
            }
            _ => {}
        }
    }

    fn history_move(&mut self, vm: &mut Vm, back: bool) {
        if self.history.is_empty() {
            return;
        }
        let pos = match (self.history_pos, back) {
            (None, true) => Some(self.history.len() - 1),
            (None, false) => return,
            (Some(0), true) => Some(0),
            (Some(p), true) => Some(p - 1),
            (Some(p), false) if p + 1 < self.history.len() => Some(p + 1),
            (Some(_), false) => None,
        };
        self.history_pos = pos;
        let text = pos
            .and_then(|p| self.history.get(p))
            .cloned()
            .unwrap_or_default();
        self.replace_line(vm, &text);
    }

    fn replace_line(&mut self, vm: &mut Vm, text: &str) {
        let end = self.line.len();
        self.move_cursor(vm, end);
        for _ in 0..self.line.len() {
            out(vm, "\x08 \x08");
        }
        self.line = text.chars().collect();
        self.cursor = self.line.len();
        out(vm, text);
    }

    fn enter(&mut self, vm: &mut Vm, port: &mut dyn Executing) -> Event {
        out(vm, "\r\n");
        let line = self.line_text();
        self.line.clear();
        self.cursor = 0;
        self.history_pos = None;
        if !line.trim().is_empty() && self.history.last() != Some(&line) {
            if self.history.len() >= HISTORY {
                self.history.remove(0);
            }
            self.history.push(line.clone());
        }
        if !self.pending.is_empty() {
            self.pending.push('\n');
        }
        self.pending.push_str(&line);
        // A blank line ends a compound statement; otherwise keep reading
        // while the input is incomplete.
        let finished =
            line.trim().is_empty() || !crate::compile::parser::needs_more_input(&self.pending);
        if !finished {
            // Auto-indent: keep the indentation, one more level after ':'.
            let mut indent = line.chars().take_while(|c| *c == ' ').count();
            if line.trim_end().ends_with(':') {
                indent += 4;
            }
            out(vm, "... ");
            for _ in 0..indent {
                self.line.push(' ');
                out(vm, " ");
            }
            self.cursor = self.line.len();
            return Event::Continue;
        }
        let src = core::mem::take(&mut self.pending);
        if !src.trim().is_empty() {
            port.executing(true);
            let r = vm.run_repl_input(&src);
            port.executing(false);
            if let Err(e) = r {
                if let Some(ev) = self.report(vm, e) {
                    return ev;
                }
            }
        }
        out(vm, ">>> ");
        Event::Continue
    }

    /// An exception from friendly-mode code: SystemExit resets (the REPL
    /// has nothing to exit to on a board; the unix port exits).
    fn report(&mut self, vm: &mut Vm, e: PyErr) -> Option<Event> {
        if vm.exception_is(e.0, crate::vm::ExcKind::SystemExit) {
            return Some(Event::Exit(vm.uncaught(e)));
        }
        let text = vm.format_exception(e.0);
        out(vm, &text);
        None
    }

    /// Tab completion of a name or `obj.attr` chain before the cursor.
    fn complete(&mut self, vm: &mut Vm) {
        let before: String = self.line[..self.cursor].iter().collect();
        let start = before
            .char_indices()
            .rev()
            .find(|(_, c)| !(c.is_alphanumeric() || *c == '_' || *c == '.'))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let word = &before[start..];
        if word.is_empty() {
            // Nothing typed: insert indentation, as MicroPython does.
            for _ in 0..4 {
                self.insert_byte(vm, b' ');
            }
            return;
        }
        let (path, prefix) = match word.rfind('.') {
            Some(i) => (&word[..i], &word[i + 1..]),
            None => ("", word),
        };
        let names = completions(vm, path, prefix);
        if names.is_empty() {
            return;
        }
        // The common prefix of all candidates.
        let mut common: String = names[0].clone();
        for n in &names[1..] {
            let l = common
                .chars()
                .zip(n.chars())
                .take_while(|(a, b)| a == b)
                .count();
            common = common.chars().take(l).collect();
        }
        let extra: String = common.chars().skip(prefix.chars().count()).collect();
        if !extra.is_empty() {
            for c in extra.bytes() {
                self.insert_byte(vm, c);
            }
            return;
        }
        if names.len() > 1 {
            out(vm, "\r\n");
            let mut col = 0;
            for n in &names {
                if col > 0 && col + 16 > 64 {
                    out(vm, "\r\n");
                    col = 0;
                }
                out(vm, n);
                let pad = 16 - (n.chars().count() % 16);
                for _ in 0..pad {
                    out(vm, " ");
                }
                col += n.chars().count() + pad;
            }
            out(vm, "\r\n");
            out(vm, self.prompt());
            let line = self.line_text();
            out(vm, &line);
            for _ in self.cursor..self.line.len() {
                out(vm, "\x08");
            }
        }
    }

    // ----- paste mode -----

    fn paste(&mut self, vm: &mut Vm, port: &mut dyn Executing, b: u8) -> Event {
        match b {
            CTRL_C => {
                self.buf.clear();
                self.overflow = false;
                self.state = State::Friendly;
                out(vm, "\r\n>>> ");
            }
            CTRL_D => {
                self.state = State::Friendly;
                out(vm, "\r\n");
                let src = core::mem::take(&mut self.buf);
                let r = if core::mem::take(&mut self.overflow) {
                    Err(too_long(vm))
                } else {
                    port.executing(true);
                    let r = vm.run_main(&src, "<stdin>");
                    port.executing(false);
                    r
                };
                if let Err(e) = r {
                    if let Some(ev) = self.report(vm, e) {
                        return ev;
                    }
                }
                out(vm, ">>> ");
            }
            b'\n' if self.after_cr => self.after_cr = false,
            b'\r' | b'\n' => {
                self.after_cr = b == b'\r';
                self.push_input(b'\n');
                out(vm, "\r\n=== ");
            }
            _ => {
                self.after_cr = false;
                self.push_input(b);
                out_bytes(vm, &[b]);
            }
        }
        Event::Continue
    }

    /// Keep a byte of raw or paste input, unless there is too much of it.
    fn push_input(&mut self, b: u8) {
        if self.buf.len() >= self.input_limit {
            self.buf = Vec::new();
            self.overflow = true;
        }
        if !self.overflow {
            self.buf.push(b);
        }
    }

    // ----- raw mode -----

    fn raw(&mut self, vm: &mut Vm, port: &mut dyn Executing, b: u8) -> Event {
        match b {
            CTRL_A => {
                // Already raw: start again with an empty buffer.
                self.buf.clear();
                self.overflow = false;
                out(vm, "raw REPL; CTRL-B to exit\r\n>");
            }
            CTRL_B => {
                self.buf.clear();
                self.overflow = false;
                self.state = State::Friendly;
                out(vm, "\r\n");
                self.print_banner(vm);
                out(vm, ">>> ");
            }
            CTRL_C => {
                self.buf.clear();
                self.overflow = false;
            }
            CTRL_D if self.buf.is_empty() && !self.overflow => {
                out(vm, "OK\r\n");
                return Event::SoftReset;
            }
            CTRL_D => {
                out(vm, "OK");
                let src = core::mem::take(&mut self.buf);
                if core::mem::take(&mut self.overflow) {
                    let e = too_long(vm);
                    self.raw_error(vm, e);
                } else if let Some(ev) = self.execute_raw(vm, port, &src) {
                    return ev;
                }
            }
            CTRL_E if self.buf.is_empty() && !self.overflow => {
                self.state = State::RawPasteRequest(0)
            }
            _ => self.push_input(b),
        }
        Event::Continue
    }

    /// Run raw-mode code: its output, Ctrl-D, the exception if any, Ctrl-D,
    /// then ">" for the next command. SystemExit prints no exception and
    /// ends the REPL session instead (a board soft-resets, as Pycopy's
    /// boards do; unix exits), so it gets no ">".
    fn execute_raw(&mut self, vm: &mut Vm, port: &mut dyn Executing, src: &[u8]) -> Option<Event> {
        port.executing(true);
        let r = vm.run_main(src, "<stdin>");
        port.executing(false);
        match r {
            Ok(()) => {
                out(vm, "\x04\x04>");
                None
            }
            Err(e) if vm.exception_is(e.0, crate::vm::ExcKind::SystemExit) => {
                out(vm, "\x04\x04");
                Some(Event::Exit(vm.uncaught(e)))
            }
            Err(e) => {
                self.raw_error(vm, e);
                None
            }
        }
    }

    /// The end of a raw-mode command that failed before or while running:
    /// Ctrl-D, the exception, Ctrl-D, ">".
    fn raw_error(&mut self, vm: &mut Vm, e: PyErr) {
        out(vm, "\x04");
        let text = vm.format_exception(e.0);
        out(vm, &text);
        out(vm, "\x04>");
    }

    /// Ctrl-E "A" Ctrl-A enters raw-paste mode.
    fn raw_paste_request(&mut self, vm: &mut Vm, port: &mut dyn Executing, n: u8, b: u8) -> Event {
        match (n, b) {
            (0, b'A') => self.state = State::RawPasteRequest(1),
            (1, CTRL_A) => {
                self.state = State::RawPaste;
                self.buf.clear();
                self.window_used = 0;
                let w = RAW_PASTE_WINDOW.to_le_bytes();
                // Accepted, the window increment, and one more window
                // granted up front.
                out_bytes(vm, &[b'R', 0x01, w[0], w[1], 0x01]);
            }
            _ => {
                // Not a raw-paste request: what came so far is raw input,
                // and this byte is handled as in raw mode (it may be a
                // control byte).
                self.state = State::Raw;
                self.push_input(CTRL_E);
                if n == 1 {
                    self.push_input(b'A');
                }
                return self.raw(vm, port, b);
            }
        }
        Event::Continue
    }

    fn raw_paste(&mut self, vm: &mut Vm, port: &mut dyn Executing, b: u8) -> Event {
        match b {
            CTRL_D => {
                // End of data: acknowledge, then compile and run.
                out_bytes(vm, &[CTRL_D]);
                self.state = State::Raw;
                let src = core::mem::take(&mut self.buf);
                if let Some(ev) = self.execute_raw(vm, port, &src) {
                    return ev;
                }
            }
            CTRL_C => {
                // Abort: end the transfer, and report KeyboardInterrupt.
                out_bytes(vm, &[CTRL_D]);
                self.state = State::Raw;
                self.buf = Vec::new();
                let e = vm.new_error_no_msg(crate::vm::ExcKind::KeyboardInterrupt);
                self.raw_error(vm, e);
            }
            _ if self.buf.len() >= self.input_limit => {
                // Too much: the device ends the transfer (Ctrl-D), and the
                // host answers with Ctrl-D.
                out_bytes(vm, &[CTRL_D]);
                self.buf = Vec::new();
                self.state = State::RawPasteDrain;
            }
            _ => {
                self.buf.push(b);
                self.window_used += 1;
                if self.window_used >= RAW_PASTE_WINDOW {
                    self.window_used = 0;
                    out_bytes(vm, &[0x01]);
                }
            }
        }
        Event::Continue
    }

    /// After the device cut a raw-paste transfer short: drop the bytes the
    /// host had in flight until its Ctrl-D (or a Ctrl-C), then report.
    fn raw_paste_drain(&mut self, vm: &mut Vm, b: u8) -> Event {
        if b == CTRL_D || b == CTRL_C {
            self.state = State::Raw;
            let e = too_long(vm);
            self.raw_error(vm, e);
        }
        Event::Continue
    }
}

/// The error for a program longer than the input limit.
fn too_long(vm: &mut Vm) -> PyErr {
    vm.new_error(
        crate::vm::ExcKind::MemoryError,
        "program too long for the REPL",
    )
}

fn out(vm: &mut Vm, s: &str) {
    vm.write_stdout(s.as_bytes());
}

fn out_bytes(vm: &mut Vm, b: &[u8]) {
    vm.write_stdout(b);
}

/// Names starting with `prefix` in the object reached by `path` (dotted
/// attribute lookups from the __main__ globals, without calling anything),
/// or in the globals and builtins when `path` is empty. Sorted.
fn completions(vm: &mut Vm, path: &str, prefix: &str) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    let Ok(main) = vm.main_dict() else {
        return names;
    };
    let dicts: Vec<Value> = if path.is_empty() {
        alloc::vec![Value::obj(main), Value::obj(vm.builtins)]
    } else {
        let mut parts = path.split('.');
        let first = parts.next().unwrap_or("");
        let q = vm.intern(first);
        let mut obj = match vm
            .dict_get_q(main, q)
            .or_else(|| vm.dict_get_q(vm.builtins, q))
        {
            Some(v) => v,
            None => return names,
        };
        for p in parts {
            let q = vm.intern(p);
            match vm.getattr_opt(obj, q) {
                Ok(Some(v)) => obj = v,
                _ => return names,
            }
        }
        let mut ds = Vec::new();
        if let Some(d) = vm.instance_dict(obj) {
            ds.push(Value::obj(d));
        }
        let ty = if vm.is_type(obj) {
            obj.as_obj()
        } else {
            Some(vm.type_of(obj))
        };
        if let Some(t) = ty {
            if let crate::objects::Object::Type(tt) = vm.heap.get(t) {
                for c in &tt.mro {
                    if let crate::objects::Object::Type(ct) = vm.heap.get(*c) {
                        ds.push(Value::obj(ct.dict));
                    }
                }
            }
        }
        ds
    };
    for d in dicts {
        let Some(r) = d.as_obj() else { continue };
        let keys = vm.table(r).map(|t| t.keys()).unwrap_or_default();
        for k in keys {
            if let Some(s) = vm.str_of(k) {
                if s.starts_with(prefix) && (!s.starts_with('_') || prefix.starts_with('_')) {
                    names.push(String::from(s));
                }
            }
        }
    }
    names.sort();
    names.dedup();
    names
}
