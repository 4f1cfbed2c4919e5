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
use super::parse::{Ast, Look, Node, NodeId};
use super::{ErrorKind, RegexError, DOTALL, IGNORECASE, MULTILINE};

/// Largest program accepted (counted repeats are unrolled).
pub const MAX_INSTS: usize = 1 << 18;

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

struct Compiler<'a> {
    prog: Prog,
    nodes: &'a [Node],
    nullable: Vec<bool>,
    /// `Prog::sets` index already given to a set node.
    set_index: Vec<Option<u32>>,
    flags: u32,
    /// Registers of the empty-checked repeat bodies being emitted.
    loops: Vec<u32>,
}

fn too_large() -> RegexError {
    RegexError::new(ErrorKind::TooComplex, "regex too large", None)
}

/// For each node, can it match the empty string? Children precede their
/// parents in the arena, so one forward pass suffices.
fn nullable_table(nodes: &[Node]) -> Vec<bool> {
    let mut t: Vec<bool> = Vec::with_capacity(nodes.len());
    for node in nodes {
        let at = |i: &usize| t.get(*i).copied().unwrap_or(false);
        let v = match node {
            Node::Empty | Node::Look(_) => true,
            Node::Lit(_) | Node::Any | Node::Set(_) => false,
            Node::Concat(v) => v.iter().all(at),
            Node::Alt(v) => v.iter().any(at),
            Node::Group(_, n) => at(n),
            Node::Repeat { node, min, .. } => *min == 0 || at(node),
        };
        t.push(v);
    }
    t
}

/// Compiler work items: the compiler runs an explicit stack of these
/// instead of recursing over the tree.
enum Task {
    Emit(NodeId),
    Push(Inst),
    /// Continue an alternation at alternative `next`.
    Alt(AltState),
    /// Continue a repeat.
    Repeat(RepeatState),
}

struct AltState {
    node: NodeId,
    next: usize,
    /// The split before the alternative just emitted (not for the last).
    split: Option<u32>,
    /// Jumps from the ends of alternatives to the end of the alternation.
    jumps: Vec<u32>,
}

struct RepeatState {
    node: NodeId,
    min: u32,
    max: Option<u32>,
    greedy: bool,
    /// Register for the empty-iteration check, if the body is nullable.
    check: Option<u32>,
    mandatory_done: u32,
    optional_done: u32,
    /// Set while an optional copy's body is being emitted.
    in_body: Option<BodyState>,
    splits: Vec<u32>,
    exits: Vec<u32>,
}

#[derive(Clone, Copy)]
struct BodyState {
    head: u32,
    check: Option<u32>,
}

impl Compiler<'_> {
    fn pc(&self) -> u32 {
        // `push` keeps the length below MAX_INSTS, so this fits.
        self.prog.insts.len() as u32
    }

    fn push(&mut self, inst: Inst) -> Result<u32, RegexError> {
        if self.prog.insts.len() >= MAX_INSTS {
            return Err(too_large());
        }
        let pc = self.pc();
        if self.prog.insts.len() == self.prog.insts.capacity() {
            self.prog.insts.try_reserve(64).map_err(|_| {
                RegexError::new(ErrorKind::NoMemory, "out of memory compiling regex", None)
            })?;
        }
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

    fn run(&mut self, root: NodeId) -> Result<(), RegexError> {
        let mut tasks: Vec<Task> = alloc::vec![Task::Emit(root)];
        while let Some(task) = tasks.pop() {
            match task {
                Task::Emit(id) => self.emit(id, &mut tasks)?,
                Task::Push(inst) => {
                    self.push(inst)?;
                }
                Task::Alt(st) => self.alt_step(st, &mut tasks)?,
                Task::Repeat(st) => self.repeat_step(st, &mut tasks)?,
            }
        }
        Ok(())
    }

    fn emit(&mut self, id: NodeId, tasks: &mut Vec<Task>) -> Result<(), RegexError> {
        let Some(node) = self.nodes.get(id) else {
            return Ok(());
        };
        match node {
            Node::Empty => {}
            Node::Lit(c) => {
                let inst = if self.flags & IGNORECASE != 0 {
                    Inst::CharFold(fold(*c, self.prog.unicode))
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
                // Unrolled copies of a repeat share one set.
                let idx = match self.set_index.get(id).copied().flatten() {
                    Some(idx) => idx,
                    None => {
                        let idx = self.prog.sets.len() as u32;
                        let mut set = set.clone();
                        if self.flags & IGNORECASE != 0 {
                            set.add_folds(self.prog.unicode);
                        }
                        self.prog.sets.push(set);
                        if let Some(slot) = self.set_index.get_mut(id) {
                            *slot = Some(idx);
                        }
                        idx
                    }
                };
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
            Node::Concat(v) => tasks.extend(v.iter().rev().map(|&n| Task::Emit(n))),
            Node::Alt(_) => tasks.push(Task::Alt(AltState {
                node: id,
                next: 0,
                split: None,
                jumps: Vec::new(),
            })),
            Node::Group(Some(i), n) => {
                let slot = u32::try_from(2 * i).map_err(|_| too_large())?;
                self.push(Inst::Save(slot))?;
                tasks.push(Task::Push(Inst::Save(slot + 1)));
                tasks.push(Task::Emit(*n));
            }
            Node::Group(None, n) => tasks.push(Task::Emit(*n)),
            Node::Repeat {
                node,
                min,
                max,
                greedy,
            } => {
                let check = if self.nullable.get(*node).copied().unwrap_or(true) {
                    let r = self.prog.regs;
                    self.prog.regs = r.checked_add(1).ok_or_else(too_large)?;
                    Some(r)
                } else {
                    None
                };
                tasks.push(Task::Repeat(RepeatState {
                    node: *node,
                    min: *min,
                    max: *max,
                    greedy: *greedy,
                    check,
                    mandatory_done: 0,
                    optional_done: 0,
                    in_body: None,
                    splits: Vec::new(),
                    exits: Vec::new(),
                }));
            }
        }
        Ok(())
    }

    /// `a|b|c`: a chain of splits, each alternative jumping to the end.
    fn alt_step(&mut self, mut st: AltState, tasks: &mut Vec<Task>) -> Result<(), RegexError> {
        let alts = match self.nodes.get(st.node) {
            Some(Node::Alt(v)) => v,
            _ => return Ok(()),
        };
        let count = alts.len();
        let child = alts.get(st.next).copied();
        if let Some(split) = st.split.take() {
            // The previous alternative is done: jump to the end, and let
            // its split fall back to the next alternative.
            st.jumps.push(self.push(Inst::Jmp(0))?);
            let next = self.pc();
            self.set_split_targets(split, split + 1, next);
        }
        match child {
            Some(child) => {
                if st.next + 1 < count {
                    let here = self.pc();
                    st.split = Some(self.split(here + 1, 0)?);
                }
                st.next += 1;
                tasks.push(Task::Alt(st));
                tasks.push(Task::Emit(child));
            }
            None => {
                let end = self.pc();
                for j in st.jumps {
                    self.patch(j, Inst::Jmp(end));
                }
            }
        }
        Ok(())
    }

    /// Repeats: `min` plain copies (CPython does no empty check below
    /// `min`), then a loop (`max` unbounded) or `max - min` nested optional
    /// copies. Greedy: an empty iteration exits to the tail (CPython's
    /// MAX_UNTIL). Lazy: the tail was already tried at this position before
    /// the iteration began, so an empty iteration can only fail (MIN_UNTIL).
    fn repeat_step(
        &mut self,
        mut st: RepeatState,
        tasks: &mut Vec<Task>,
    ) -> Result<(), RegexError> {
        if let Some(body) = st.in_body.take() {
            if let Some(reg) = body.check {
                self.loops.pop();
                let exit = if st.greedy { Some(0) } else { None };
                let at = self.push(Inst::RepCheck { reg, exit })?;
                if st.greedy {
                    st.exits.push(at);
                }
            }
            if st.max.is_none() {
                self.push(Inst::Jmp(body.head))?;
                return self.repeat_finish(st);
            }
        }
        if st.mandatory_done < st.min {
            st.mandatory_done += 1;
            let node = st.node;
            tasks.push(Task::Repeat(st));
            tasks.push(Task::Emit(node));
            return Ok(());
        }
        let check = match st.max {
            None if st.optional_done == 0 => st.check,
            Some(max) if st.optional_done < max.saturating_sub(st.min) => {
                // After the last copy the count is reached: no check.
                let last = st.optional_done + 1 == max.saturating_sub(st.min);
                if last {
                    None
                } else {
                    st.check
                }
            }
            _ => return self.repeat_finish(st),
        };
        st.optional_done += 1;
        let head = self.split(0, 0)?;
        st.splits.push(head);
        if let Some(reg) = check {
            self.push(Inst::RepStart(reg))?;
            self.loops.push(reg);
        }
        st.in_body = Some(BodyState { head, check });
        let node = st.node;
        tasks.push(Task::Repeat(st));
        tasks.push(Task::Emit(node));
        Ok(())
    }

    fn repeat_finish(&mut self, st: RepeatState) -> Result<(), RegexError> {
        let end = self.pc();
        for head in st.splits {
            let (first, second) = if st.greedy {
                (head + 1, end)
            } else {
                (end, head + 1)
            };
            self.set_split_targets(head, first, second);
        }
        for at in st.exits {
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
        nodes: &ast.nodes,
        nullable: nullable_table(&ast.nodes),
        set_index: alloc::vec![None; ast.nodes.len()],
        flags,
        loops: Vec::new(),
    };
    c.run(ast.root)?;
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
