//! The backtracking VM.
//!
//! It runs the program depth-first in CPython's priority order, with an
//! explicit backtrack stack (no Rust recursion). To stay polynomial it keeps
//! a memo of visited `Split` states: a state is (split, position, k), where
//! k counts the innermost enclosing empty-checked repeats whose current
//! iteration began at this position (the only loop state that can change
//! what happens next; an enclosing iteration that began earlier can no
//! longer be empty). Whether a state can reach `Match` does not depend on
//! the captures, so a state seen before has already failed and is pruned.
//! This also holds across the start positions of a search, so one memo
//! serves the whole search: O(splits * depth * len) states.
//!
//! The memo costs one bit per state; it is allocated only once a run has
//! taken more steps than a small multiple of the subject length (typical
//! matches never pay for it). If it cannot be allocated (too large, or the
//! allocator refuses), the VM continues under a fixed step budget and
//! reports `TooComplex` when that runs out.

use alloc::vec::Vec;

use super::classes::fold;
use super::compile::{Assert, Inst, Prog};
use super::{Captures, ErrorKind, Mode, RegexError};

/// "Unset" in capture slots and repeat registers.
pub(crate) const NONE: usize = usize::MAX;

/// Largest memo allocated, in bytes.
const MEMO_MAX_BYTES: usize = 1 << 20;
/// Steps allowed when no memo could be had.
const STEP_BUDGET: u64 = 20_000_000;

/// A subject the engine can match: `str` (code points, byte offsets) or
/// `[u8]` (bytes).
pub trait Haystack {
    /// Length in code units (bytes).
    fn len(&self) -> usize;
    /// True for an empty subject.
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// The character at `pos` and the offset just after it.
    fn decode(&self, pos: usize) -> Option<(u32, usize)>;
    /// The byte at `pos` (raw code unit).
    fn byte(&self, pos: usize) -> Option<u8>;
    /// Is `pos` a valid position (<= len and on a character boundary)?
    fn is_boundary(&self, pos: usize) -> bool;
    /// The position of the character before `pos` (0 at the start).
    fn prev(&self, pos: usize) -> usize;
    /// The subject between two positions.
    fn slice(&self, start: usize, end: usize) -> Option<&Self>;
}

impl Haystack for str {
    fn len(&self) -> usize {
        str::len(self)
    }

    fn decode(&self, pos: usize) -> Option<(u32, usize)> {
        let b = self.as_bytes();
        let b0 = *b.get(pos)?;
        if b0 < 0x80 {
            return Some((u32::from(b0), pos + 1));
        }
        // A &str is valid UTF-8: the lead byte gives the length.
        let (len, init) = match b0 {
            0xC0..=0xDF => (2, u32::from(b0 & 0x1F)),
            0xE0..=0xEF => (3, u32::from(b0 & 0x0F)),
            _ => (4, u32::from(b0 & 0x07)),
        };
        let mut c = init;
        for i in 1..len {
            c = (c << 6) | u32::from(*b.get(pos + i)? & 0x3F);
        }
        Some((c, pos + len))
    }

    fn byte(&self, pos: usize) -> Option<u8> {
        self.as_bytes().get(pos).copied()
    }

    fn is_boundary(&self, pos: usize) -> bool {
        self.is_char_boundary(pos)
    }

    fn prev(&self, pos: usize) -> usize {
        let mut p = pos.min(str::len(self)).saturating_sub(1);
        while p > 0 && !self.is_char_boundary(p) {
            p -= 1;
        }
        p
    }

    fn slice(&self, start: usize, end: usize) -> Option<&str> {
        self.get(start..end)
    }
}

impl Haystack for [u8] {
    fn len(&self) -> usize {
        <[u8]>::len(self)
    }

    fn decode(&self, pos: usize) -> Option<(u32, usize)> {
        self.get(pos).map(|&b| (u32::from(b), pos + 1))
    }

    fn byte(&self, pos: usize) -> Option<u8> {
        self.get(pos).copied()
    }

    fn is_boundary(&self, pos: usize) -> bool {
        pos <= <[u8]>::len(self)
    }

    fn prev(&self, pos: usize) -> usize {
        pos.saturating_sub(1)
    }

    fn slice(&self, start: usize, end: usize) -> Option<&[u8]> {
        self.get(start..end)
    }
}

/// A backtrack stack entry.
#[derive(Clone, Copy)]
enum Bt {
    /// Resume at `pc` with the position `pos`.
    Alt { pc: u32, pos: usize },
    /// `Alt { pc, pos }` for every character position from `first` to
    /// `last`, newest last: a loop over a one-character body (`.*`, `\d+`)
    /// pushes one of these instead of an entry per character.
    AltRun { pc: u32, first: usize, last: usize },
    /// Restore a capture slot.
    Slot { slot: u32, old: usize },
    /// Restore a repeat register.
    Reg { reg: u32, old: usize },
}

enum Memo {
    /// Not needed yet.
    Off,
    On(Vec<u64>),
    /// Could not be allocated: run under the step budget.
    Unavailable,
}

struct Vm<'p, 'h, H: Haystack + ?Sized> {
    prog: &'p Prog,
    hay: &'h H,
    len: usize,
    full: bool,
    /// An empty match at this position is refused (`must_advance`).
    no_empty_at: Option<usize>,
    slots: Vec<usize>,
    regs: Vec<usize>,
    stack: Vec<Bt>,
    memo: Memo,
    /// Smallest position the memo covers (the first start position).
    origin: usize,
    steps: u64,
    limit: u64,
}

fn no_memory() -> RegexError {
    RegexError::new(ErrorKind::NoMemory, "out of memory in regex matcher", None)
}

fn alloc_vec<T: Clone>(n: usize, v: T) -> Result<Vec<T>, RegexError> {
    let mut out = Vec::new();
    out.try_reserve_exact(n).map_err(|_| no_memory())?;
    out.resize(n, v);
    Ok(out)
}

impl<H: Haystack + ?Sized> Vm<'_, '_, H> {
    fn push(&mut self, bt: Bt) -> Result<(), RegexError> {
        if self.stack.len() == self.stack.capacity() {
            self.stack.try_reserve(64).map_err(|_| no_memory())?;
        }
        self.stack.push(bt);
        Ok(())
    }

    /// Push an alternative, merging it into the top entry when it continues
    /// a run of the same `pc` one character further on.
    fn push_alt(&mut self, pc: u32, pos: usize) -> Result<(), RegexError> {
        let next_of = |p: usize| self.hay.decode(p).map(|(_, np)| np);
        match self.stack.last().copied() {
            Some(Bt::Alt { pc: tpc, pos: p }) if tpc == pc && next_of(p) == Some(pos) => {
                if let Some(top) = self.stack.last_mut() {
                    *top = Bt::AltRun {
                        pc,
                        first: p,
                        last: pos,
                    };
                }
                Ok(())
            }
            Some(Bt::AltRun {
                pc: tpc,
                first,
                last,
            }) if tpc == pc && next_of(last) == Some(pos) => {
                if let Some(top) = self.stack.last_mut() {
                    *top = Bt::AltRun {
                        pc,
                        first,
                        last: pos,
                    };
                }
                Ok(())
            }
            _ => self.push(Bt::Alt { pc, pos }),
        }
    }

    /// Called when `steps` passes `limit`: turn the memo on, or give up.
    fn over_limit(&mut self) -> Result<(), RegexError> {
        match self.memo {
            Memo::Off => {
                let positions = self.len - self.origin + 1;
                let bits = positions.checked_mul(self.prog.memo_slots as usize);
                let words = bits.map(|b| b / 64 + 1);
                let memo = words
                    .filter(|&w| w * 8 <= MEMO_MAX_BYTES)
                    .and_then(|w| alloc_vec(w, 0u64).ok());
                match memo {
                    Some(v) => {
                        self.memo = Memo::On(v);
                        self.limit = u64::MAX;
                    }
                    None => {
                        self.memo = Memo::Unavailable;
                        self.limit = self.steps.saturating_add(STEP_BUDGET);
                    }
                }
                Ok(())
            }
            _ => Err(RegexError::new(
                ErrorKind::TooComplex,
                "regex too complex (matching step budget exceeded)",
                None,
            )),
        }
    }

    /// Mark the state of split `memo` at `pos`; true if it was seen before.
    fn seen(&mut self, memo: u32, pos: usize) -> bool {
        let Memo::On(bits) = &mut self.memo else {
            return false;
        };
        let Some(info) = self.prog.memo.get(memo as usize) else {
            return false;
        };
        let k = info
            .regs
            .iter()
            .take_while(|&&r| self.regs.get(r as usize) == Some(&pos))
            .count();
        let slot = info.base as usize + k;
        let idx = pos.saturating_sub(self.origin) * self.prog.memo_slots as usize + slot;
        match bits.get_mut(idx / 64) {
            Some(word) => {
                let bit = 1u64 << (idx % 64);
                let was = *word & bit != 0;
                *word |= bit;
                was
            }
            None => false,
        }
    }

    fn assert(&self, a: Assert, pos: usize) -> bool {
        let nl = Some(b'\n');
        match a {
            Assert::Start => pos == 0,
            Assert::StartLine => pos == 0 || self.hay.byte(pos - 1) == nl,
            Assert::End => pos == self.len || (pos + 1 == self.len && self.hay.byte(pos) == nl),
            Assert::EndLine => pos == self.len || self.hay.byte(pos) == nl,
        }
    }

    /// Try to match starting exactly at `start`.
    fn run(&mut self, start: usize) -> Result<bool, RegexError> {
        self.slots.iter_mut().for_each(|s| *s = NONE);
        self.stack.clear();
        let prog = self.prog;
        let unicode = prog.unicode;
        let mut pc: usize = 0;
        let mut pos = start;
        loop {
            self.steps += 1;
            if self.steps > self.limit {
                self.over_limit()?;
            }
            // Execute one instruction; `ok` is false when it failed.
            let ok = match prog.insts.get(pc).copied() {
                Some(Inst::Char(c)) => match self.hay.decode(pos) {
                    Some((d, np)) if d == c => {
                        pos = np;
                        pc += 1;
                        true
                    }
                    _ => false,
                },
                Some(Inst::CharFold(c)) => match self.hay.decode(pos) {
                    Some((d, np)) if fold(d, unicode) == c => {
                        pos = np;
                        pc += 1;
                        true
                    }
                    _ => false,
                },
                Some(Inst::Any) => match self.hay.decode(pos) {
                    Some((d, np)) if d != u32::from(b'\n') => {
                        pos = np;
                        pc += 1;
                        true
                    }
                    _ => false,
                },
                Some(Inst::AnyAll) => match self.hay.decode(pos) {
                    Some((_, np)) => {
                        pos = np;
                        pc += 1;
                        true
                    }
                    None => false,
                },
                Some(Inst::Set(i)) => {
                    let set = prog.sets.get(i as usize);
                    match (self.hay.decode(pos), set) {
                        (Some((d, np)), Some(set)) if set.matches(d, unicode, prog.ignorecase) => {
                            pos = np;
                            pc += 1;
                            true
                        }
                        _ => false,
                    }
                }
                Some(Inst::Assert(a)) => {
                    pc += 1;
                    self.assert(a, pos)
                }
                Some(Inst::Save(slot)) => {
                    let old = self.slots.get(slot as usize).copied().unwrap_or(NONE);
                    self.push(Bt::Slot { slot, old })?;
                    if let Some(s) = self.slots.get_mut(slot as usize) {
                        *s = pos;
                    }
                    pc += 1;
                    true
                }
                Some(Inst::Split {
                    first,
                    second,
                    memo,
                }) => {
                    if self.seen(memo, pos) {
                        false
                    } else {
                        self.push_alt(second, pos)?;
                        pc = first as usize;
                        true
                    }
                }
                Some(Inst::Jmp(t)) => {
                    pc = t as usize;
                    true
                }
                Some(Inst::RepStart(reg)) => {
                    let old = self.regs.get(reg as usize).copied().unwrap_or(NONE);
                    self.push(Bt::Reg { reg, old })?;
                    if let Some(r) = self.regs.get_mut(reg as usize) {
                        *r = pos;
                    }
                    pc += 1;
                    true
                }
                Some(Inst::RepCheck { reg, exit }) => {
                    if self.regs.get(reg as usize) == Some(&pos) {
                        match exit {
                            Some(e) => {
                                pc = e as usize;
                                true
                            }
                            None => false,
                        }
                    } else {
                        pc += 1;
                        true
                    }
                }
                Some(Inst::Match) => {
                    let refused = (self.full && pos != self.len)
                        || (self.no_empty_at == Some(start) && pos == start);
                    if !refused {
                        if let [s, e, ..] = self.slots.as_mut_slice() {
                            *s = start;
                            *e = pos;
                        }
                        return Ok(true);
                    }
                    false
                }
                None => false,
            };
            if ok {
                continue;
            }
            // Backtrack to the most recent alternative, undoing captures and
            // registers on the way.
            loop {
                match self.stack.pop() {
                    None => return Ok(false),
                    Some(Bt::Slot { slot, old }) => {
                        if let Some(s) = self.slots.get_mut(slot as usize) {
                            *s = old;
                        }
                    }
                    Some(Bt::Reg { reg, old }) => {
                        if let Some(r) = self.regs.get_mut(reg as usize) {
                            *r = old;
                        }
                    }
                    Some(Bt::Alt { pc: p, pos: q }) => {
                        pc = p as usize;
                        pos = q;
                        break;
                    }
                    Some(Bt::AltRun { pc: p, first, last }) => {
                        if last > first {
                            self.stack.push(Bt::AltRun {
                                pc: p,
                                first,
                                last: self.hay.prev(last),
                            });
                        }
                        pc = p as usize;
                        pos = last;
                        break;
                    }
                }
            }
        }
    }
}

pub(crate) fn exec<H: Haystack + ?Sized>(
    prog: &Prog,
    hay: &H,
    pos: usize,
    mode: Mode,
    must_advance: bool,
) -> Result<Option<Captures>, RegexError> {
    let len = hay.len();
    if pos > len || !hay.is_boundary(pos) {
        return Ok(None);
    }
    // Enough for any ordinary match; beyond it the memo pays off.
    let limit = ((len - pos) as u64 + 1)
        .saturating_mul(8)
        .saturating_add(4096);
    exec_with_limit(prog, hay, pos, mode, must_advance, limit)
}

/// [`exec`] with the number of steps after which the memo is turned on
/// (tests use 0 to check that the memo never changes a result).
pub(crate) fn exec_with_limit<H: Haystack + ?Sized>(
    prog: &Prog,
    hay: &H,
    pos: usize,
    mode: Mode,
    must_advance: bool,
    limit: u64,
) -> Result<Option<Captures>, RegexError> {
    let len = hay.len();
    if pos > len || !hay.is_boundary(pos) {
        return Ok(None);
    }
    let nslots = prog.groups.checked_add(1).and_then(|g| g.checked_mul(2));
    let nslots = nslots.ok_or_else(no_memory)?;
    let mut vm = Vm {
        prog,
        hay,
        len,
        full: mode == Mode::FullMatch,
        no_empty_at: if must_advance { Some(pos) } else { None },
        slots: alloc_vec(nslots, NONE)?,
        regs: alloc_vec(prog.regs as usize, NONE)?,
        stack: Vec::new(),
        memo: Memo::Off,
        origin: pos,
        steps: 0,
        limit,
    };
    let found = match mode {
        Mode::Match | Mode::FullMatch => vm.run(pos)?,
        Mode::Search => search(&mut vm, pos)?,
    };
    Ok(if found {
        Some(Captures { slots: vm.slots })
    } else {
        None
    })
}

fn search<H: Haystack + ?Sized>(
    vm: &mut Vm<'_, '_, H>,
    mut start: usize,
) -> Result<bool, RegexError> {
    let first = vm.prog.insts.first().copied();
    loop {
        // Cheap skips: a leading literal must be present; `^` (without
        // MULTILINE) can only match at 0.
        match first {
            Some(Inst::Char(c)) => {
                while let Some((d, np)) = vm.hay.decode(start) {
                    if d == c {
                        break;
                    }
                    start = np;
                }
                if start >= vm.len {
                    return Ok(false);
                }
            }
            Some(Inst::Assert(Assert::Start)) if start > 0 => return Ok(false),
            _ => {}
        }
        if vm.run(start)? {
            return Ok(true);
        }
        match vm.hay.decode(start) {
            Some((_, np)) => start = np,
            None => return Ok(false),
        }
    }
}
