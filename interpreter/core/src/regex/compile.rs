//! AST -> program for the backtracking VM.
//!
//! Repeats are compiled to `Split` loops; counted repeats are unrolled (the
//! mandatory copies, then nested optional ones), so the VM keeps no counters
//! and a VM state is just (pc, position, a little loop state). That is what
//! makes the failure memo in `exec` sound.
//!
//! CPython's rule for a repeat whose body can match the empty string: after
//! an iteration that consumed nothing, no further iteration is tried and the
//! repeat exits (keeping that iteration's captures). `RepStart` records where
//! an iteration began and `RepCheck` applies the rule at its end. Bodies that
//! cannot match empty need neither.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write;

use super::classes::{fold, Set, SetItem};
use super::parse::{Ast, Look, Node};
use super::{ErrorKind, RegexError, DOTALL, IGNORECASE, MULTILINE};

/// Largest program accepted (counted repeats are unrolled).
pub(crate) const MAX_INSTS: usize = 1 << 16;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Assert {
    /// `^`: start of the subject.
    Start,
    /// `^` with MULTILINE: start of the subject or after `\n`.
    StartLine,
    /// `$`: end of the subject or before a final `\n`.
    End,
    /// `$` with MULTILINE: end of the subject or before any `\n`.
    EndLine,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Inst {
    Char(u32),
    /// A literal under IGNORECASE; holds the folded value.
    CharFold(u32),
    /// `.` without DOTALL: anything but `\n`.
    Any,
    /// `.` with DOTALL.
    AnyAll,
    /// Index into `Prog::sets`.
    Set(u32),
    Assert(Assert),
    /// Record the current position in capture slot `n`.
    Save(u32),
    /// Try `first`, and on failure `second`; `memo` indexes `Prog::memo`.
    Split {
        first: u32,
        second: u32,
        memo: u32,
    },
    Jmp(u32),
    /// An iteration of a repeat starts here: `regs[n] = pos`.
    RepStart(u32),
    /// End of an iteration: if it consumed nothing (`regs[reg] == pos`), go
    /// to `exit`, or fail when `exit` is `None`; else fall through.
    RepCheck {
        reg: u32,
        exit: Option<u32>,
    },
    Match,
}

/// Memo bookkeeping for one `Split`.
#[derive(Clone, Debug)]
pub(crate) struct MemoInfo {
    /// First memo slot of this split; it owns `regs.len() + 1` slots.
    pub base: u32,
    /// Registers of the enclosing empty-checked repeats, innermost first.
    pub regs: Vec<u32>,
}

#[derive(Clone, Debug)]
pub(crate) struct Prog {
    pub insts: Vec<Inst>,
    pub sets: Vec<Set>,
    pub memo: Vec<MemoInfo>,
    /// Total memo slots per subject position.
    pub memo_slots: u32,
    pub regs: u32,
    pub groups: usize,
    /// Unicode classes and case folding (str pattern without ASCII).
    pub unicode: bool,
    pub ignorecase: bool,
}

struct Compiler {
    prog: Prog,
    flags: u32,
    /// Registers of the empty-checked repeat bodies being emitted.
    loops: Vec<u32>,
}

fn too_large() -> RegexError {
    RegexError::new(ErrorKind::TooComplex, "regex too large", None)
}

/// Can `node` match the empty string?
fn nullable(node: &Node) -> bool {
    match node {
        Node::Empty | Node::Look(_) => true,
        Node::Lit(_) | Node::Any | Node::Set(_) => false,
        Node::Concat(v) => v.iter().all(nullable),
        Node::Alt(v) => v.iter().any(nullable),
        Node::Group(_, n) => nullable(n),
        Node::Repeat { node, min, .. } => *min == 0 || nullable(node),
    }
}

impl Compiler {
    fn pc(&self) -> u32 {
        // `push` keeps the length below MAX_INSTS, so this fits.
        self.prog.insts.len() as u32
    }

    fn push(&mut self, inst: Inst) -> Result<u32, RegexError> {
        if self.prog.insts.len() >= MAX_INSTS {
            return Err(too_large());
        }
        let pc = self.pc();
        self.prog.insts.push(inst);
        Ok(pc)
    }

    fn split(&mut self, first: u32, second: u32) -> Result<u32, RegexError> {
        let memo = self.prog.memo.len() as u32;
        let regs: Vec<u32> = self.loops.iter().rev().copied().collect();
        let base = self.prog.memo_slots;
        self.prog.memo_slots = base
            .checked_add(regs.len() as u32 + 1)
            .ok_or_else(too_large)?;
        self.prog.memo.push(MemoInfo { base, regs });
        self.push(Inst::Split {
            first,
            second,
            memo,
        })
    }

    fn patch(&mut self, at: u32, inst: Inst) {
        if let Some(slot) = self.prog.insts.get_mut(at as usize) {
            *slot = inst;
        }
    }

    fn set_split_targets(&mut self, at: u32, first: u32, second: u32) {
        if let Some(Inst::Split { memo, .. }) = self.prog.insts.get(at as usize).copied() {
            self.patch(
                at,
                Inst::Split {
                    first,
                    second,
                    memo,
                },
            );
        }
    }

    fn emit(&mut self, node: &Node) -> Result<(), RegexError> {
        match node {
            Node::Empty => {}
            Node::Lit(c) => {
                let unicode = self.prog.unicode;
                let inst = if self.flags & IGNORECASE != 0 {
                    Inst::CharFold(fold(*c, unicode))
                } else {
                    Inst::Char(*c)
                };
                self.push(inst)?;
            }
            Node::Any => {
                let inst = if self.flags & DOTALL != 0 {
                    Inst::AnyAll
                } else {
                    Inst::Any
                };
                self.push(inst)?;
            }
            Node::Set(set) => {
                let idx = self.prog.sets.len() as u32;
                self.prog.sets.push(set.clone());
                self.push(Inst::Set(idx))?;
            }
            Node::Look(look) => {
                let ml = self.flags & MULTILINE != 0;
                let a = match (look, ml) {
                    (Look::Start, false) => Assert::Start,
                    (Look::Start, true) => Assert::StartLine,
                    (Look::End, false) => Assert::End,
                    (Look::End, true) => Assert::EndLine,
                };
                self.push(Inst::Assert(a))?;
            }
            Node::Concat(v) => {
                for n in v {
                    self.emit(n)?;
                }
            }
            Node::Alt(v) => self.alternation(v)?,
            Node::Group(Some(i), n) => {
                let slot = u32::try_from(2 * i).map_err(|_| too_large())?;
                self.push(Inst::Save(slot))?;
                self.emit(n)?;
                self.push(Inst::Save(slot + 1))?;
            }
            Node::Group(None, n) => self.emit(n)?,
            Node::Repeat {
                node,
                min,
                max,
                greedy,
            } => self.repeat(node, *min, *max, *greedy)?,
        }
        Ok(())
    }

    /// `a|b|c`: a chain of splits, each alternative jumping to the end.
    fn alternation(&mut self, alts: &[Node]) -> Result<(), RegexError> {
        let mut jumps = Vec::new();
        let count = alts.len();
        for (i, alt) in alts.iter().enumerate() {
            if i + 1 < count {
                let here = self.pc();
                let split = self.split(here + 1, 0)?;
                self.emit(alt)?;
                jumps.push(self.push(Inst::Jmp(0))?);
                let next = self.pc();
                self.set_split_targets(split, split + 1, next);
            } else {
                self.emit(alt)?;
            }
        }
        let end = self.pc();
        for j in jumps {
            self.patch(j, Inst::Jmp(end));
        }
        Ok(())
    }

    /// One iteration of a repeat body. With an empty check, `on_empty` is
    /// where an empty iteration goes (`None`: fail); the returned list holds
    /// the `RepCheck`s whose exit must be patched to the repeat's end.
    fn body(
        &mut self,
        node: &Node,
        check: Option<u32>,
        on_empty_exits: bool,
        patch: &mut Vec<u32>,
    ) -> Result<(), RegexError> {
        match check {
            Some(reg) => {
                self.push(Inst::RepStart(reg))?;
                self.loops.push(reg);
                let r = self.emit(node);
                self.loops.pop();
                r?;
                let at = self.push(Inst::RepCheck {
                    reg,
                    exit: if on_empty_exits { Some(0) } else { None },
                })?;
                if on_empty_exits {
                    patch.push(at);
                }
            }
            None => self.emit(node)?,
        }
        Ok(())
    }

    fn repeat(
        &mut self,
        node: &Node,
        min: u32,
        max: Option<u32>,
        greedy: bool,
    ) -> Result<(), RegexError> {
        // Mandatory iterations: CPython does no empty check below `min`.
        for _ in 0..min {
            self.emit(node)?;
        }
        let check = if nullable(node) {
            let r = self.prog.regs;
            self.prog.regs = r.checked_add(1).ok_or_else(too_large)?;
            Some(r)
        } else {
            None
        };
        // Greedy: an empty iteration exits to the tail (CPython's MAX_UNTIL).
        // Lazy: the tail was already tried at this position before the
        // iteration began, so an empty iteration can only fail (MIN_UNTIL).
        let mut exits: Vec<u32> = Vec::new();
        let mut splits: Vec<u32> = Vec::new();
        match max {
            None => {
                let head = self.split(0, 0)?;
                self.body(node, check, greedy, &mut exits)?;
                self.push(Inst::Jmp(head))?;
                splits.push(head);
            }
            Some(max) => {
                let optional = max.saturating_sub(min);
                for i in 0..optional {
                    let head = self.split(0, 0)?;
                    splits.push(head);
                    // After the last copy the count is reached: no check.
                    let last = i + 1 == optional;
                    self.body(node, if last { None } else { check }, greedy, &mut exits)?;
                }
            }
        }
        let end = self.pc();
        for head in splits {
            let (first, second) = if greedy {
                (head + 1, end)
            } else {
                (end, head + 1)
            };
            self.set_split_targets(head, first, second);
        }
        for at in exits {
            if let Some(Inst::RepCheck { reg, .. }) = self.prog.insts.get(at as usize).copied() {
                self.patch(
                    at,
                    Inst::RepCheck {
                        reg,
                        exit: Some(end),
                    },
                );
            }
        }
        Ok(())
    }
}

pub(crate) fn compile(ast: &Ast, flags: u32, unicode: bool) -> Result<Prog, RegexError> {
    let flags = flags | ast.flags;
    let unicode = unicode && flags & super::ASCII == 0;
    let mut c = Compiler {
        prog: Prog {
            insts: Vec::new(),
            sets: Vec::new(),
            memo: Vec::new(),
            memo_slots: 0,
            regs: 0,
            groups: ast.groups,
            unicode,
            ignorecase: flags & IGNORECASE != 0,
        },
        flags,
        loops: Vec::new(),
    };
    c.emit(&ast.root)?;
    c.push(Inst::Match)?;
    Ok(c.prog)
}

fn lit(out: &mut String, c: u32) {
    match char::from_u32(c) {
        Some(ch) if !ch.is_control() => {
            let _ = write!(out, "{:?}", ch);
        }
        _ => {
            let _ = write!(out, "\\x{{{:x}}}", c);
        }
    }
}

impl Prog {
    /// Human-readable listing, one instruction per line.
    pub(crate) fn dump(&self) -> String {
        let mut out = String::new();
        for (pc, inst) in self.insts.iter().enumerate() {
            let _ = write!(out, "{:4} ", pc);
            match *inst {
                Inst::Char(c) => {
                    out.push_str("char ");
                    lit(&mut out, c);
                }
                Inst::CharFold(c) => {
                    out.push_str("char-ignorecase ");
                    lit(&mut out, c);
                }
                Inst::Any => out.push_str("any"),
                Inst::AnyAll => out.push_str("any-dotall"),
                Inst::Set(i) => {
                    out.push_str("set ");
                    if let Some(set) = self.sets.get(i as usize) {
                        out.push('[');
                        if set.negated {
                            out.push('^');
                        }
                        for item in &set.items {
                            match *item {
                                SetItem::Range(lo, hi) if lo == hi => lit(&mut out, lo),
                                SetItem::Range(lo, hi) => {
                                    lit(&mut out, lo);
                                    out.push('-');
                                    lit(&mut out, hi);
                                }
                                SetItem::Class(k) => out.push_str(k.escape()),
                            }
                        }
                        out.push(']');
                    }
                }
                Inst::Assert(a) => {
                    let _ = write!(out, "assert {}", format!("{:?}", a).to_lowercase());
                }
                Inst::Save(n) => {
                    let _ = write!(out, "save {}", n);
                }
                Inst::Split { first, second, .. } => {
                    let _ = write!(out, "split {}, {}", first, second);
                }
                Inst::Jmp(t) => {
                    let _ = write!(out, "jmp {}", t);
                }
                Inst::RepStart(r) => {
                    let _ = write!(out, "rep-start r{}", r);
                }
                Inst::RepCheck { reg, exit } => match exit {
                    Some(e) => {
                        let _ = write!(out, "rep-check r{} else {}", reg, e);
                    }
                    None => {
                        let _ = write!(out, "rep-check r{} else fail", reg);
                    }
                },
                Inst::Match => out.push_str("match"),
            }
            out.push('\n');
        }
        out
    }
}
