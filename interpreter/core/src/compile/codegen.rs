//! AST to bytecode. One `Unit` per code object being compiled (module,
//! class body, function, lambda, comprehension); `try`/`with`/loops keep a
//! stack of frame blocks so that `return`, `break` and `continue` can run
//! the `finally` bodies and `__exit__` calls they jump over.

use super::ast::*;
use super::error::SyntaxError;
use super::symtable::{Resolution, ScopeKind, SymTable};
use crate::bytecode::{self as bc, Op};
use crate::objects::{Code, Object};
use crate::qstr::{self, Qstr};
use crate::value::Value;
use crate::vm::Vm;
use alloc::collections::BTreeMap;
use alloc::format;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec::Vec;
use num_bigint::BigInt;

/// What kind of input is compiled.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    /// A file or exec() input.
    Module,
    /// eval() input: one expression whose value is returned.
    Eval,
    /// One REPL entry: expression statements print their value.
    Single,
}

/// An error while generating code: a SyntaxError, or a Python exception
/// (MemoryError) from allocating constants.
pub enum CompileError {
    Syntax(SyntaxError),
    Py(crate::vm::PyErr),
}

impl From<SyntaxError> for CompileError {
    fn from(e: SyntaxError) -> Self {
        CompileError::Syntax(e)
    }
}

impl From<crate::vm::PyErr> for CompileError {
    fn from(e: crate::vm::PyErr) -> Self {
        CompileError::Py(e)
    }
}

type CResult<T> = Result<T, CompileError>;

/// Compile-time blocks, for unwinding on return/break/continue.
enum FBlock<'a> {
    /// A while loop: jump targets.
    While { start: usize, breaks: Vec<usize> },
    /// A for loop: the iterator is on the stack.
    For { start: usize, breaks: Vec<usize> },
    /// try body of try/except: a SetupExcept block is active.
    TryExcept,
    /// try body of try/finally: run `body` when leaving.
    Finally { body: &'a [Stmt] },
    /// Running a finally body on the exceptional path: the exception is on
    /// the stack and a Handler block is active.
    FinallyExc,
    /// Inside an `except` clause (Handler block active; `name` bound).
    Handler { name: Option<&'a str> },
    /// Inside a with body: __exit__ is on the stack.
    With { is_async: bool },
}

struct Unit<'a> {
    scope: usize,
    kind: ScopeKind,
    name: Qstr,
    qualname: String,
    ops: Vec<Op>,
    consts: Vec<Value>,
    lines: Vec<(u32, u32)>,
    cur_line: u32,
    first_line: u32,
    varnames: Vec<Qstr>,
    varmap: BTreeMap<String, u32>,
    cellvars: Vec<String>,
    freevars: Vec<String>,
    fblocks: Vec<FBlock<'a>>,
    argcount: u32,
    posonly: u32,
    kwonly: u32,
    flags: u16,
    /// Number of for-loop iterators on the stack inside a comprehension.
    comp_iters: u32,
}

pub struct Codegen<'a, 'vm> {
    vm: &'vm mut Vm,
    st: &'a SymTable,
    filename: Qstr,
    units: Vec<Unit<'a>>,
    mode: Mode,
    /// Names declared with `X = const(...)` and their values.
    consts_named: BTreeMap<String, Value>,
    optimize: bool,
}

/// Strings up to this length become interned constants.
const QSTR_CONST_MAX: usize = 40;

impl<'a, 'vm> Codegen<'a, 'vm> {
    pub fn new(
        vm: &'vm mut Vm,
        st: &'a SymTable,
        filename: Qstr,
        mode: Mode,
        optimize: bool,
    ) -> Self {
        Codegen {
            vm,
            st,
            filename,
            units: Vec::new(),
            mode,
            consts_named: BTreeMap::new(),
            optimize,
        }
    }

    // ----- units -----

    fn unit(&mut self) -> &mut Unit<'a> {
        // There is always a unit while compiling.
        let n = self.units.len();
        &mut self.units[n - 1]
    }

    fn unit_ref(&self) -> &Unit<'a> {
        let n = self.units.len();
        &self.units[n - 1]
    }

    fn enter_unit(&mut self, scope: usize, name: &str, line: u32, args: Option<&Arguments>) {
        let qualname = self.qualname_for(name);
        let sc = &self.st.scopes[scope];
        let name_q = self.vm.intern(name);
        let mut u = Unit {
            scope,
            kind: sc.kind,
            name: name_q,
            qualname,
            ops: Vec::new(),
            consts: Vec::new(),
            lines: Vec::new(),
            cur_line: line,
            first_line: line,
            varnames: Vec::new(),
            varmap: BTreeMap::new(),
            cellvars: sc.cellvars.clone(),
            freevars: sc.freevars.clone(),
            fblocks: Vec::new(),
            argcount: 0,
            posonly: 0,
            kwonly: 0,
            flags: 0,
            comp_iters: 0,
        };
        // Parameters first, then the other locals.
        for p in &sc.params {
            let q = self.vm.intern(p);
            u.varmap.insert(p.clone(), u.varnames.len() as u32);
            u.varnames.push(q);
        }
        if let Some(a) = args {
            u.argcount = (a.posonlyargs.len() + a.args.len()) as u32;
            u.posonly = a.posonlyargs.len() as u32;
            u.kwonly = a.kwonlyargs.len() as u32;
            if a.vararg.is_some() {
                u.flags |= bc::CO_VARARGS;
            }
            if a.kwarg.is_some() {
                u.flags |= bc::CO_VARKEYWORDS;
            }
        }
        if sc.kind == ScopeKind::Comprehension {
            u.argcount = 1;
        }
        if matches!(sc.kind, ScopeKind::Function | ScopeKind::Comprehension) {
            for (n, r) in &sc.resolved {
                if matches!(r, Resolution::Local | Resolution::Cell) && !u.varmap.contains_key(n) {
                    let q = self.vm.intern(n);
                    u.varmap.insert(n.clone(), u.varnames.len() as u32);
                    u.varnames.push(q);
                }
            }
            if sc.is_generator && sc.is_coroutine {
                u.flags |= bc::CO_ASYNC_GENERATOR;
            } else if sc.is_coroutine {
                u.flags |= bc::CO_COROUTINE;
            } else if sc.is_generator {
                u.flags |= bc::CO_GENERATOR;
            }
        } else {
            u.flags |= bc::CO_NAMESPACE;
        }
        self.units.push(u);
    }

    /// The `__qualname__` of a definition named `name` in the current unit:
    /// the enclosing class's (or comprehension's) path and a dot, or the
    /// enclosing function's path and `.<locals>.`; just the name at module level or when the
    /// enclosing scope declares it `global`.
    fn qualname_for(&self, name: &str) -> String {
        let Some(parent) = self.units.last() else {
            return String::from(name);
        };
        let global = matches!(
            self.st.scopes[parent.scope].resolved.get(name),
            Some(Resolution::Global)
        );
        match parent.kind {
            ScopeKind::Module => String::from(name),
            _ if global => String::from(name),
            // As CPython: a comprehension adds no `.<locals>`.
            ScopeKind::Class | ScopeKind::Comprehension => {
                format!("{}.{}", parent.qualname, name)
            }
            ScopeKind::Function => format!("{}.<locals>.{}", parent.qualname, name),
        }
    }

    /// Finish the current unit into a code object constant.
    fn leave_unit(&mut self) -> CResult<Value> {
        let Some(u) = self.units.pop() else {
            return Ok(Value::NONE);
        };
        let cellvars: Vec<Qstr> = u.cellvars.iter().map(|c| self.vm.intern(c)).collect();
        let freevars: Vec<Qstr> = u.freevars.iter().map(|c| self.vm.intern(c)).collect();
        let sc = &self.st.scopes[u.scope];
        let cell_params: Vec<Option<u32>> = u
            .cellvars
            .iter()
            .map(|c| sc.params.iter().position(|p| p == c).map(|p| p as u32))
            .collect();
        let max_stack = estimate_stack(&u.ops);
        let qualname = self.vm.intern(&u.qualname);
        let code = Code {
            name: u.name,
            qualname,
            filename: self.filename,
            first_line: u.first_line,
            flags: u.flags,
            argcount: u.argcount,
            posonly_count: u.posonly,
            kwonly_count: u.kwonly,
            varnames: u.varnames,
            cellvars,
            cell_params,
            freevars,
            consts: u.consts,
            ops: u.ops,
            lines: u.lines,
            max_stack,
        };
        let r = self.vm.alloc(Object::Code(Rc::new(code)))?;
        Ok(Value::obj(r))
    }

    // ----- emitting -----

    fn set_line(&mut self, line: u32) {
        let u = self.unit();
        if line != 0 && line != u.cur_line {
            u.cur_line = line;
        }
    }

    fn emit(&mut self, op: Op) -> usize {
        let u = self.unit();
        let ip = u.ops.len() as u32;
        if u.lines.last().map(|l| l.1) != Some(u.cur_line) {
            u.lines.push((ip, u.cur_line));
        }
        u.ops.push(op);
        ip as usize
    }

    fn here(&self) -> usize {
        self.unit_ref().ops.len()
    }

    /// Point the jump at `at` to `target`.
    fn patch(&mut self, at: usize, target: usize) {
        let t = target as u32;
        if let Some(op) = self.unit().ops.get_mut(at) {
            *op = match *op {
                Op::Jump(_) => Op::Jump(t),
                Op::PopJumpIfFalse(_) => Op::PopJumpIfFalse(t),
                Op::PopJumpIfTrue(_) => Op::PopJumpIfTrue(t),
                Op::JumpIfFalseOrPop(_) => Op::JumpIfFalseOrPop(t),
                Op::JumpIfTrueOrPop(_) => Op::JumpIfTrueOrPop(t),
                Op::ForIter(_) => Op::ForIter(t),
                Op::SetupExcept(_) => Op::SetupExcept(t),
                Op::SetupFinally(_) => Op::SetupFinally(t),
                Op::SetupWith(_) => Op::SetupWith(t),
                Op::SetupAsyncWith(_) => Op::SetupAsyncWith(t),
                other => other,
            };
        }
    }

    fn patch_here(&mut self, at: usize) {
        let h = self.here();
        self.patch(at, h);
    }

    fn add_const(&mut self, v: Value) -> u32 {
        let u = self.unit();
        // Reuse identical immediates.
        if v.as_obj().is_none() {
            if let Some(i) = u
                .consts
                .iter()
                .position(|c| c.as_obj().is_none() && c.is(v) && same_kind(*c, v))
            {
                return i as u32;
            }
        }
        u.consts.push(v);
        (u.consts.len() - 1) as u32
    }

    fn load_const(&mut self, v: Value) {
        let i = self.add_const(v);
        self.emit(Op::LoadConst(i));
    }

    fn str_const(&mut self, s: &str) -> CResult<Value> {
        if s.len() <= QSTR_CONST_MAX {
            Ok(Value::qstr(self.vm.intern(s)))
        } else {
            Ok(self.vm.new_str(s)?)
        }
    }

    fn constant_value(&mut self, c: &Constant) -> CResult<Value> {
        Ok(match c {
            Constant::None => Value::NONE,
            Constant::True => Value::TRUE,
            Constant::False => Value::FALSE,
            Constant::Ellipsis => Value::ELLIPSIS,
            Constant::Int(i) => Value::int(*i),
            Constant::BigInt(b) => self.vm.new_bigint(b.clone())?,
            Constant::Float(f) => Value::float(*f),
            Constant::Imag(f) => Value::obj(self.vm.alloc(Object::Complex(0.0, *f))?),
            Constant::Str(s) => self.str_const(s)?,
            Constant::Bytes(b) => self.vm.new_bytes(b.clone())?,
        })
    }

    fn syntax_error(&self, msg: &str, line: u32) -> CompileError {
        CompileError::Syntax(SyntaxError::new(msg, line, 0))
    }

    // ----- names -----

    fn resolution(&self, name: &str) -> Resolution {
        let u = self.unit_ref();
        self.st.scopes[u.scope].resolve(name)
    }

    fn deref_index(&self, name: &str) -> u32 {
        let u = self.unit_ref();
        if let Some(i) = u.cellvars.iter().position(|c| c == name) {
            return i as u32;
        }
        let j = u.freevars.iter().position(|c| c == name).unwrap_or(0);
        (u.cellvars.len() + j) as u32
    }

    fn load_name(&mut self, name: &str) -> CResult<()> {
        if let Some(v) = self.consts_named.get(name).copied() {
            self.load_const(v);
            return Ok(());
        }
        let q = self.vm.intern(name);
        match self.resolution(name) {
            Resolution::Local => {
                let slot = self.unit_ref().varmap.get(name).copied().unwrap_or(0);
                self.emit(Op::LoadFast(slot));
            }
            Resolution::Cell | Resolution::Free => {
                let i = self.deref_index(name);
                if self.unit_ref().kind == ScopeKind::Class {
                    self.emit(Op::LoadClassDeref(i));
                } else {
                    self.emit(Op::LoadDeref(i));
                }
            }
            Resolution::Global => {
                self.emit(Op::LoadGlobal(q));
            }
            Resolution::Name => {
                self.emit(Op::LoadName(q));
            }
        }
        Ok(())
    }

    fn store_name(&mut self, name: &str) -> CResult<()> {
        self.name_op(
            name,
            Op::StoreFast,
            Op::StoreDeref,
            Op::StoreGlobal,
            Op::StoreName,
        )
    }

    fn delete_name(&mut self, name: &str) -> CResult<()> {
        self.name_op(
            name,
            Op::DeleteFast,
            Op::DeleteDeref,
            Op::DeleteGlobal,
            Op::DeleteName,
        )
    }

    /// Emit the store or delete instruction that fits where `name` lives.
    fn name_op(
        &mut self,
        name: &str,
        fast: fn(u32) -> Op,
        deref: fn(u32) -> Op,
        global: fn(Qstr) -> Op,
        namespace: fn(Qstr) -> Op,
    ) -> CResult<()> {
        let q = self.vm.intern(name);
        let op = match self.resolution(name) {
            Resolution::Local => fast(self.unit_ref().varmap.get(name).copied().unwrap_or(0)),
            Resolution::Cell | Resolution::Free => deref(self.deref_index(name)),
            Resolution::Global => global(q),
            Resolution::Name => namespace(q),
        };
        self.emit(op);
        Ok(())
    }

    // ----- entry points -----

    pub fn compile_module(&mut self, body: &'a [Stmt]) -> CResult<Value> {
        self.enter_unit(0, "<module>", 1, None);
        self.unit().name = qstr::MODULE;
        let n = body.len();
        for (i, s) in body.iter().enumerate() {
            // In the REPL, only top-level expression statements print.
            let _ = i;
            self.stmt(s)?;
        }
        let _ = n;
        self.load_const(Value::NONE);
        self.emit(Op::Return);
        self.leave_unit()
    }

    pub fn compile_eval(&mut self, e: &'a Expr) -> CResult<Value> {
        self.enter_unit(0, "<module>", e.line, None);
        self.unit().name = qstr::MODULE;
        self.expr(e)?;
        self.emit(Op::Return);
        self.leave_unit()
    }

    // ----- statements -----

    fn stmts(&mut self, body: &'a [Stmt]) -> CResult<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt) -> CResult<()> {
        self.set_line(s.line);
        match &s.kind {
            StmtKind::FunctionDef(f) => self.function_def(f, s.line),
            StmtKind::ClassDef(c) => self.class_def(c, s.line),
            StmtKind::Return(v) => {
                if self.unit_ref().flags & bc::CO_ASYNC_GENERATOR != 0 && v.is_some() {
                    return Err(self.syntax_error("'return' with value in async generator", s.line));
                }
                match v {
                    Some(v) => {
                        self.expr(v)?;
                        self.unwind_all(true)?;
                    }
                    None => {
                        self.unwind_all(false)?;
                        self.load_const(Value::NONE);
                    }
                }
                self.emit(Op::Return);
                Ok(())
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete_target(t)?;
                }
                Ok(())
            }
            StmtKind::Assign { targets, value } => self.assign(targets, value, s.line),
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value),
            StmtKind::AnnAssign { target, value, .. } => {
                if let Some(v) = value {
                    self.expr(v)?;
                    self.store_target(target)?;
                }
                Ok(())
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                if *is_async {
                    self.async_for(target, iter, body, orelse)
                } else {
                    self.for_loop(target, iter, body, orelse)
                }
            }
            StmtKind::While { test, body, orelse } => self.while_loop(test, body, orelse),
            StmtKind::If { test, body, orelse } => {
                let to_else = self.jump_if(test, false)?;
                self.stmts(body)?;
                if orelse.is_empty() {
                    self.patch_here(to_else);
                } else {
                    let to_end = self.emit(Op::Jump(0));
                    self.patch_here(to_else);
                    self.stmts(orelse)?;
                    self.patch_here(to_end);
                }
                Ok(())
            }
            StmtKind::With {
                items,
                body,
                is_async,
            } => self.with_stmt(items, body, *is_async),
            StmtKind::Raise { exc, cause } => {
                match (exc, cause) {
                    (None, _) => {
                        self.emit(Op::Raise(0));
                    }
                    (Some(e), None) => {
                        self.expr(e)?;
                        self.emit(Op::Raise(1));
                    }
                    (Some(e), Some(c)) => {
                        self.expr(e)?;
                        self.expr(c)?;
                        self.emit(Op::Raise(2));
                    }
                }
                Ok(())
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse)
                } else {
                    self.try_finally(body, handlers, orelse, finalbody)
                }
            }
            StmtKind::Assert { test, msg } => {
                if self.optimize {
                    return Ok(());
                }
                let ok = self.jump_if(test, true)?;
                self.emit(Op::LoadAssertionError);
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.emit(Op::CallFunction(1));
                }
                self.emit(Op::Raise(1));
                self.patch_here(ok);
                Ok(())
            }
            StmtKind::Import(names) => {
                for a in names {
                    self.load_const(Value::int(0));
                    self.load_const(Value::NONE);
                    let q = self.vm.intern(&a.name);
                    self.emit(Op::ImportName(q));
                    match &a.asname {
                        Some(asname) => {
                            // `import a.b.c as d` binds the leaf module.
                            for part in a.name.split('.').skip(1) {
                                let pq = self.vm.intern(part);
                                self.emit(Op::ImportFrom(pq));
                                self.emit(Op::Rot2);
                                self.emit(Op::Pop);
                            }
                            self.store_name(asname)?;
                        }
                        None => {
                            let first = a.name.split('.').next().unwrap_or(&a.name);
                            self.store_name(first)?;
                        }
                    }
                }
                Ok(())
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                self.load_const(Value::int(*level as i64));
                let mut fl = Vec::new();
                for a in names {
                    fl.push(self.str_const(&a.name)?);
                }
                let t = self.vm.new_tuple(fl)?;
                self.load_const(t);
                let q = self.vm.intern(module.as_deref().unwrap_or(""));
                self.emit(Op::ImportName(q));
                if names.len() == 1 && names[0].name == "*" {
                    self.emit(Op::ImportStar);
                    return Ok(());
                }
                for a in names {
                    let q = self.vm.intern(&a.name);
                    self.emit(Op::ImportFrom(q));
                    let bound = a.asname.as_deref().unwrap_or(&a.name);
                    self.store_name(bound)?;
                }
                self.emit(Op::Pop);
                Ok(())
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) | StmtKind::Pass => Ok(()),
            StmtKind::Expr(e) => {
                if self.mode == Mode::Single && self.units.len() == 1 {
                    self.expr(e)?;
                    self.emit(Op::PrintExpr);
                    return Ok(());
                }
                // A bare constant (docstring) needs no code.
                if matches!(e.kind, ExprKind::Constant(_)) {
                    return Ok(());
                }
                self.expr(e)?;
                self.emit(Op::Pop);
                Ok(())
            }
            StmtKind::Break => self.break_stmt(s.line),
            StmtKind::Continue => self.continue_stmt(s.line),
        }
    }

    fn function_def(&mut self, f: &'a FunctionDef, line: u32) -> CResult<()> {
        for d in &f.decorators {
            self.expr(d)?;
        }
        let Some(scope) = self.st.scope_of_node(f) else {
            return Err(self.syntax_error("internal: no scope for function", line));
        };
        self.make_function(scope, &f.name, &f.args, line, |cg| {
            // A docstring is skipped; the body follows.
            let body: &'a [Stmt] = &f.body;
            cg.stmts(body)?;
            cg.load_const(Value::NONE);
            cg.emit(Op::Return);
            Ok(())
        })?;
        for _ in &f.decorators {
            self.emit(Op::CallFunction(1));
        }
        self.store_name(&f.name)
    }

    /// Push the cells a new scope's code captures (its free variables) as
    /// a tuple; returns the MakeFunction flag for it (0 when none).
    fn closure_tuple(&mut self, scope: usize) -> u8 {
        let freevars = self.st.scopes[scope].freevars.clone();
        if freevars.is_empty() {
            return 0;
        }
        for fv in &freevars {
            let i = self.deref_index(fv);
            self.emit(Op::LoadClosure(i));
        }
        self.emit(Op::BuildTuple(freevars.len() as u32));
        bc::MF_CLOSURE
    }

    /// Push defaults, kw-defaults and the closure, compile the body in a new
    /// unit, and emit MakeFunction.
    fn make_function(
        &mut self,
        scope: usize,
        name: &str,
        args: &'a Arguments,
        line: u32,
        body: impl FnOnce(&mut Self) -> CResult<()>,
    ) -> CResult<()> {
        let mut flags = 0u8;
        if !args.defaults.is_empty() {
            for d in &args.defaults {
                self.expr(d)?;
            }
            self.emit(Op::BuildTuple(args.defaults.len() as u32));
            flags |= bc::MF_DEFAULTS;
        }
        let kw: Vec<(&String, &Expr)> = args
            .kwonlyargs
            .iter()
            .zip(args.kw_defaults.iter())
            .filter_map(|(a, d)| d.as_ref().map(|d| (&a.name, d)))
            .collect();
        if !kw.is_empty() {
            for (n, d) in &kw {
                let k = self.str_const(n)?;
                self.load_const(k);
                self.expr(d)?;
            }
            self.emit(Op::BuildMap(kw.len() as u32));
            flags |= bc::MF_KWDEFAULTS;
        }
        flags |= self.closure_tuple(scope);
        self.enter_unit(scope, name, line, Some(args));
        body(self)?;
        let code = self.leave_unit()?;
        self.load_const(code);
        self.emit(Op::MakeFunction(flags));
        Ok(())
    }

    fn class_def(&mut self, c: &'a ClassDef, line: u32) -> CResult<()> {
        for d in &c.decorators {
            self.expr(d)?;
        }
        let Some(scope) = self.st.scope_of_node(c) else {
            return Err(self.syntax_error("internal: no scope for class", line));
        };
        self.emit(Op::LoadBuildClass);
        // The class body as a function.
        let flags = self.closure_tuple(scope);
        self.enter_unit(scope, &c.name, line, None);
        self.load_name_raw(qstr::DUNDER_NAME);
        self.emit(Op::StoreName(qstr::DUNDER_MODULE));
        let path = self.unit_ref().qualname.clone();
        let qn = self.str_const(&path)?;
        self.load_const(qn);
        self.emit(Op::StoreName(qstr::DUNDER_QUALNAME));
        if let Some(Stmt {
            kind:
                StmtKind::Expr(Expr {
                    kind: ExprKind::Constant(Constant::Str(doc)),
                    ..
                }),
            ..
        }) = c.body.first()
        {
            let d = self.str_const(doc)?;
            self.load_const(d);
            self.emit(Op::StoreName(qstr::DUNDER_DOC));
        }
        self.stmts(&c.body)?;
        if self.st.scopes[scope].needs_class_cell {
            let i = self.deref_index("__class__");
            self.emit(Op::LoadClosure(i));
        } else {
            self.load_const(Value::NONE);
        }
        self.emit(Op::Return);
        let code = self.leave_unit()?;
        self.load_const(code);
        self.emit(Op::MakeFunction(flags));
        let name = self.str_const(&c.name)?;
        self.load_const(name);
        self.call_args(&c.bases, &c.keywords, 2)?;
        for _ in &c.decorators {
            self.emit(Op::CallFunction(1));
        }
        self.store_name(&c.name)
    }

    fn load_name_raw(&mut self, q: Qstr) {
        self.emit(Op::LoadName(q));
    }

    fn assign(&mut self, targets: &'a [Expr], value: &'a Expr, line: u32) -> CResult<()> {
        // `X = const(expr)` at module level declares a named constant.
        if targets.len() == 1 && self.units.len() == 1 {
            if let (
                ExprKind::Name(n),
                ExprKind::Call {
                    func,
                    args,
                    keywords,
                },
            ) = (&targets[0].kind, &value.kind)
            {
                if matches!(&func.kind, ExprKind::Name(f) if f == "const")
                    && args.len() == 1
                    && keywords.is_empty()
                {
                    if let Some(v) = self.fold_const(&args[0]) {
                        let v = self.constant_value(&v)?;
                        self.consts_named.insert(n.clone(), v);
                        if n.starts_with('_') {
                            return Ok(());
                        }
                        self.load_const(v);
                        return self.store_target(&targets[0]);
                    }
                }
            }
        }
        let _ = line;
        self.expr(value)?;
        for (i, t) in targets.iter().enumerate() {
            if i + 1 < targets.len() {
                self.emit(Op::Dup);
            }
            self.store_target(t)?;
        }
        Ok(())
    }

    /// Evaluate an integer constant expression at compile time (for const()).
    fn fold_const(&self, e: &Expr) -> Option<Constant> {
        match &e.kind {
            ExprKind::Constant(
                c
                @ (Constant::Int(_) | Constant::BigInt(_) | Constant::Str(_) | Constant::Bytes(_)),
            ) => Some(c.clone()),
            ExprKind::Constant(
                c @ (Constant::True | Constant::False | Constant::None | Constant::Float(_)),
            ) => Some(c.clone()),
            ExprKind::Name(n) => {
                let v = self.consts_named.get(n)?;
                v.as_int().map(Constant::Int)
            }
            ExprKind::UnaryOp { op, operand } => {
                let Constant::Int(v) = self.fold_const(operand)? else {
                    return None;
                };
                match op {
                    UnaryOp::USub => v.checked_neg().map(Constant::Int),
                    UnaryOp::UAdd => Some(Constant::Int(v)),
                    UnaryOp::Invert => Some(Constant::Int(!v)),
                    UnaryOp::Not => None,
                }
            }
            ExprKind::BinOp { left, op, right } => {
                let Constant::Int(a) = self.fold_const(left)? else {
                    return None;
                };
                let Constant::Int(b) = self.fold_const(right)? else {
                    return None;
                };
                fold_int_binop(*op, a, b).map(Constant::Int)
            }
            _ => None,
        }
    }

    fn store_target(&mut self, t: &'a Expr) -> CResult<()> {
        match &t.kind {
            ExprKind::Name(n) => self.store_name(n),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let q = self.vm.intern(attr);
                self.emit(Op::StoreAttr(q));
                Ok(())
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(Op::StoreSubscr);
                Ok(())
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let star = items
                    .iter()
                    .position(|i| matches!(i.kind, ExprKind::Starred(_)));
                match star {
                    None => {
                        self.emit(Op::UnpackSequence(items.len() as u32));
                    }
                    Some(p) => {
                        if items
                            .iter()
                            .filter(|i| matches!(i.kind, ExprKind::Starred(_)))
                            .count()
                            > 1
                        {
                            return Err(self.syntax_error(
                                "multiple starred expressions in assignment",
                                t.line,
                            ));
                        }
                        self.emit(Op::UnpackEx(p as u16, (items.len() - p - 1) as u16));
                    }
                }
                for i in items {
                    match &i.kind {
                        ExprKind::Starred(inner) => self.store_target(inner)?,
                        _ => self.store_target(i)?,
                    }
                }
                Ok(())
            }
            ExprKind::Starred(_) => Err(self.syntax_error(
                "starred assignment target must be in a list or tuple",
                t.line,
            )),
            _ => Err(self.syntax_error("cannot assign to expression", t.line)),
        }
    }

    fn delete_target(&mut self, t: &'a Expr) -> CResult<()> {
        match &t.kind {
            ExprKind::Name(n) => self.delete_name(n),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let q = self.vm.intern(attr);
                self.emit(Op::DeleteAttr(q));
                Ok(())
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(Op::DeleteSubscr);
                Ok(())
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.delete_target(i)?;
                }
                Ok(())
            }
            _ => Err(self.syntax_error("cannot delete expression", t.line)),
        }
    }

    fn aug_assign(&mut self, target: &'a Expr, op: BinOp, value: &'a Expr) -> CResult<()> {
        let bop = binop(op);
        match &target.kind {
            ExprKind::Name(n) => {
                self.load_name(n)?;
                self.expr(value)?;
                self.emit(Op::Inplace(bop));
                self.store_name(n)
            }
            ExprKind::Attribute { value: obj, attr } => {
                let q = self.vm.intern(attr);
                self.expr(obj)?;
                self.emit(Op::Dup);
                self.emit(Op::LoadAttr(q));
                self.expr(value)?;
                self.emit(Op::Inplace(bop));
                self.emit(Op::Rot2);
                self.emit(Op::StoreAttr(q));
                Ok(())
            }
            ExprKind::Subscript { value: obj, slice } => {
                self.expr(obj)?;
                self.expr(slice)?;
                self.emit(Op::Dup2);
                self.emit(Op::LoadSubscr);
                self.expr(value)?;
                self.emit(Op::Inplace(bop));
                self.emit(Op::Rot3);
                self.emit(Op::StoreSubscr);
                Ok(())
            }
            _ => Err(self.syntax_error("illegal expression for augmented assignment", target.line)),
        }
    }

    // ----- control flow -----

    /// Compile `test` and a conditional jump taken when its truth equals
    /// `when`; returns the jump to patch.
    fn jump_if(&mut self, test: &'a Expr, when: bool) -> CResult<usize> {
        if let ExprKind::UnaryOp {
            op: UnaryOp::Not,
            operand,
        } = &test.kind
        {
            return self.jump_if(operand, !when);
        }
        self.expr(test)?;
        Ok(self.emit(if when {
            Op::PopJumpIfTrue(0)
        } else {
            Op::PopJumpIfFalse(0)
        }))
    }

    fn while_loop(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult<()> {
        let start = self.here();
        let infinite = matches!(&test.kind, ExprKind::Constant(Constant::True))
            || matches!(&test.kind, ExprKind::Constant(Constant::Int(i)) if *i != 0);
        let exit = if infinite {
            None
        } else {
            Some(self.jump_if(test, false)?)
        };
        self.unit().fblocks.push(FBlock::While {
            start,
            breaks: Vec::new(),
        });
        self.stmts(body)?;
        let fb = self.unit().fblocks.pop();
        self.emit(Op::Jump(start as u32));
        if let Some(e) = exit {
            self.patch_here(e);
        }
        self.stmts(orelse)?;
        if let Some(FBlock::While { breaks, .. }) = fb {
            for b in breaks {
                self.patch_here(b);
            }
        }
        Ok(())
    }

    fn for_loop(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult<()> {
        self.expr(iter)?;
        self.emit(Op::GetIter);
        let start = self.here();
        let for_iter = self.emit(Op::ForIter(0));
        self.store_target(target)?;
        self.unit().fblocks.push(FBlock::For {
            start,
            breaks: Vec::new(),
        });
        self.stmts(body)?;
        let fb = self.unit().fblocks.pop();
        self.emit(Op::Jump(start as u32));
        self.patch_here(for_iter);
        self.stmts(orelse)?;
        if let Some(FBlock::For { breaks, .. }) = fb {
            for b in breaks {
                self.patch_here(b);
            }
        }
        Ok(())
    }

    fn async_for(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult<()> {
        self.expr(iter)?;
        self.emit(Op::GetAIter);
        let start = self.here();
        let setup = self.emit(Op::SetupExcept(0));
        self.emit(Op::GetANext);
        self.load_const(Value::NONE);
        self.emit(Op::YieldFrom);
        self.emit(Op::PopBlock);
        self.store_target(target)?;
        self.unit().fblocks.push(FBlock::For {
            start,
            breaks: Vec::new(),
        });
        self.stmts(body)?;
        let fb = self.unit().fblocks.pop();
        self.emit(Op::Jump(start as u32));
        self.patch_here(setup);
        // Stack: aiter, exc.
        self.emit(Op::EndAsyncFor);
        self.stmts(orelse)?;
        if let Some(FBlock::For { breaks, .. }) = fb {
            for b in breaks {
                self.patch_here(b);
            }
        }
        Ok(())
    }

    fn break_stmt(&mut self, line: u32) -> CResult<()> {
        let Some(loop_idx) = self.innermost_loop() else {
            return Err(self.syntax_error("'break' outside loop", line));
        };
        self.unwind_to(loop_idx, false)?;
        let is_for = matches!(
            self.unit_ref().fblocks.get(loop_idx),
            Some(FBlock::For { .. })
        );
        if is_for {
            self.emit(Op::Pop);
        }
        let j = self.emit(Op::Jump(0));
        match self.unit().fblocks.get_mut(loop_idx) {
            Some(FBlock::For { breaks, .. }) | Some(FBlock::While { breaks, .. }) => breaks.push(j),
            _ => {}
        }
        Ok(())
    }

    fn continue_stmt(&mut self, line: u32) -> CResult<()> {
        let Some(loop_idx) = self.innermost_loop() else {
            return Err(self.syntax_error("'continue' not properly in loop", line));
        };
        self.unwind_to(loop_idx, false)?;
        let start = match self.unit_ref().fblocks.get(loop_idx) {
            Some(FBlock::For { start, .. }) | Some(FBlock::While { start, .. }) => *start,
            _ => 0,
        };
        self.emit(Op::Jump(start as u32));
        Ok(())
    }

    fn innermost_loop(&self) -> Option<usize> {
        self.unit_ref()
            .fblocks
            .iter()
            .rposition(|f| matches!(f, FBlock::For { .. } | FBlock::While { .. }))
    }

    /// Emit the exits of every block above `level` (exclusive), innermost
    /// first. `preserve_tos`: a return value sits on top of the stack.
    fn unwind_to(&mut self, level: usize, preserve_tos: bool) -> CResult<()> {
        let mut i = self.unit_ref().fblocks.len();
        while i > level + 1 {
            i -= 1;
            self.unwind_block(i, preserve_tos)?;
        }
        Ok(())
    }

    fn unwind_all(&mut self, preserve_tos: bool) -> CResult<()> {
        let mut i = self.unit_ref().fblocks.len();
        while i > 0 {
            i -= 1;
            self.unwind_block(i, preserve_tos)?;
        }
        Ok(())
    }

    fn unwind_block(&mut self, i: usize, preserve_tos: bool) -> CResult<()> {
        // Take the block out while its exit code is compiled, so that a
        // `return` inside a finally body doesn't unwind it again.
        let saved: Vec<FBlock<'a>> = self.unit().fblocks.drain(i..).collect();
        let mut saved = saved.into_iter();
        let Some(fb) = saved.next() else {
            return Ok(());
        };
        let rest: Vec<FBlock<'a>> = saved.collect();
        let r = match &fb {
            FBlock::While { .. } => Ok(()),
            FBlock::For { .. } => {
                if preserve_tos {
                    self.emit(Op::Rot2);
                }
                self.emit(Op::Pop);
                Ok(())
            }
            FBlock::TryExcept => {
                self.emit(Op::PopBlock);
                Ok(())
            }
            FBlock::Finally { body } => {
                self.emit(Op::PopBlock);
                let body: &'a [Stmt] = body;
                self.stmts(body)
            }
            FBlock::FinallyExc => {
                self.emit(Op::PopExcept);
                if preserve_tos {
                    self.emit(Op::Rot2);
                }
                self.emit(Op::Pop);
                Ok(())
            }
            FBlock::Handler { name } => {
                self.emit(Op::PopExcept);
                if let Some(n) = name {
                    let n: &str = n;
                    self.load_const(Value::NONE);
                    self.store_name(n)?;
                    self.delete_name(n)?;
                }
                Ok(())
            }
            FBlock::With { is_async } => {
                self.emit(Op::PopBlock);
                if preserve_tos {
                    self.emit(Op::Rot2);
                }
                if *is_async {
                    self.emit(Op::AsyncWithExit);
                    self.load_const(Value::NONE);
                    self.emit(Op::YieldFrom);
                    self.emit(Op::Pop);
                } else {
                    self.emit(Op::WithExit);
                }
                Ok(())
            }
        };
        self.unit().fblocks.push(fb);
        self.unit().fblocks.extend(rest);
        r
    }

    fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult<()> {
        let setup = self.emit(Op::SetupExcept(0));
        self.unit().fblocks.push(FBlock::TryExcept);
        self.stmts(body)?;
        self.unit().fblocks.pop();
        self.emit(Op::PopBlock);
        let to_else = self.emit(Op::Jump(0));
        self.patch_here(setup);
        // Stack: exc; a Handler block is active.
        let mut to_end = Vec::new();
        for (i, h) in handlers.iter().enumerate() {
            self.set_line(h.line);
            if h.typ.is_none() && i + 1 != handlers.len() {
                return Err(self.syntax_error("default 'except:' must be last", h.line));
            }
            let next = match &h.typ {
                Some(t) => {
                    self.emit(Op::Dup);
                    self.expr(t)?;
                    self.emit(Op::ExceptionMatch);
                    Some(self.emit(Op::PopJumpIfFalse(0)))
                }
                None => None,
            };
            match &h.name {
                Some(n) => self.store_name(n)?,
                None => {
                    self.emit(Op::Pop);
                }
            }
            self.unit().fblocks.push(FBlock::Handler {
                name: h.name.as_deref(),
            });
            self.stmts(&h.body)?;
            self.unit().fblocks.pop();
            self.emit(Op::PopExcept);
            if let Some(n) = &h.name {
                self.load_const(Value::NONE);
                self.store_name(n)?;
                self.delete_name(n)?;
            }
            to_end.push(self.emit(Op::Jump(0)));
            if let Some(nx) = next {
                self.patch_here(nx);
            }
        }
        // No handler matched.
        self.emit(Op::Reraise);
        self.patch_here(to_else);
        self.stmts(orelse)?;
        for j in to_end {
            self.patch_here(j);
        }
        Ok(())
    }

    fn try_finally(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> CResult<()> {
        let setup = self.emit(Op::SetupFinally(0));
        self.unit()
            .fblocks
            .push(FBlock::Finally { body: finalbody });
        if handlers.is_empty() {
            self.stmts(body)?;
            self.stmts(orelse)?;
        } else {
            self.try_except(body, handlers, orelse)?;
        }
        self.unit().fblocks.pop();
        self.emit(Op::PopBlock);
        self.stmts(finalbody)?;
        let to_end = self.emit(Op::Jump(0));
        self.patch_here(setup);
        self.unit().fblocks.push(FBlock::FinallyExc);
        self.stmts(finalbody)?;
        self.unit().fblocks.pop();
        self.emit(Op::Reraise);
        self.patch_here(to_end);
        Ok(())
    }

    fn with_stmt(
        &mut self,
        items: &'a [WithItem],
        body: &'a [Stmt],
        is_async: bool,
    ) -> CResult<()> {
        let Some((first, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        self.expr(&first.context_expr)?;
        let setup = self.emit(if is_async {
            Op::SetupAsyncWith(0)
        } else {
            Op::SetupWith(0)
        });
        if is_async {
            self.emit(Op::GetAwaitable);
            self.load_const(Value::NONE);
            self.emit(Op::YieldFrom);
        }
        match &first.optional_vars {
            Some(t) => self.store_target(t)?,
            None => {
                self.emit(Op::Pop);
            }
        }
        self.unit().fblocks.push(FBlock::With { is_async });
        if rest.is_empty() {
            self.stmts(body)?;
        } else {
            self.with_stmt(rest, body, is_async)?;
        }
        self.unit().fblocks.pop();
        self.emit(Op::PopBlock);
        if is_async {
            self.emit(Op::AsyncWithExit);
            self.load_const(Value::NONE);
            self.emit(Op::YieldFrom);
            self.emit(Op::Pop);
        } else {
            self.emit(Op::WithExit);
        }
        let to_end = self.emit(Op::Jump(0));
        self.patch_here(setup);
        // Stack: exit, exc (Handler block active).
        self.emit(Op::WithExceptStart);
        if is_async {
            self.emit(Op::GetAwaitable);
            self.load_const(Value::NONE);
            self.emit(Op::YieldFrom);
        }
        let suppress = self.emit(Op::PopJumpIfTrue(0));
        self.emit(Op::Reraise);
        self.patch_here(suppress);
        self.emit(Op::Pop);
        self.emit(Op::PopExcept);
        self.emit(Op::Pop);
        self.patch_here(to_end);
        Ok(())
    }

    // ----- expressions -----

    fn expr(&mut self, e: &'a Expr) -> CResult<()> {
        self.set_line(e.line);
        match &e.kind {
            ExprKind::Name(n) => self.load_name(n)?,
            ExprKind::Constant(c) => {
                let v = self.constant_value(c)?;
                self.load_const(v);
            }
            ExprKind::JoinedStr(parts) => {
                for p in parts {
                    match &p.kind {
                        ExprKind::FormattedValue { .. } => self.expr(p)?,
                        ExprKind::Constant(Constant::Str(s)) => {
                            let v = self.str_const(s)?;
                            self.load_const(v);
                        }
                        _ => {
                            self.expr(p)?;
                            self.emit(Op::FormatValue(0));
                        }
                    }
                }
                if parts.is_empty() {
                    self.load_const(Value::qstr(qstr::EMPTY));
                } else if parts.len() > 1
                    || !matches!(parts[0].kind, ExprKind::FormattedValue { .. })
                {
                    self.emit(Op::BuildString(parts.len() as u32));
                }
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.expr(value)?;
                let mut flags = match conversion {
                    Some('s') => 1,
                    Some('r') => 2,
                    Some('a') => 3,
                    _ => 0,
                };
                if let Some(spec) = format_spec {
                    self.expr(spec)?;
                    flags |= bc::FV_HAS_SPEC;
                }
                self.emit(Op::FormatValue(flags));
            }
            ExprKind::BoolOp { op, values } => {
                let mut jumps = Vec::new();
                for (i, v) in values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < values.len() {
                        jumps.push(self.emit(match op {
                            BoolOp::And => Op::JumpIfFalseOrPop(0),
                            BoolOp::Or => Op::JumpIfTrueOrPop(0),
                        }));
                    }
                }
                for j in jumps {
                    self.patch_here(j);
                }
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Op::Dup);
                self.store_target(target)?;
            }
            ExprKind::BinOp { left, op, right } => {
                if let Some(c) = self.fold_const(e) {
                    if matches!(c, Constant::Int(_)) {
                        let v = self.constant_value(&c)?;
                        self.load_const(v);
                        return Ok(());
                    }
                }
                self.expr(left)?;
                self.expr(right)?;
                self.emit(Op::Binary(binop(*op)));
            }
            ExprKind::UnaryOp { op, operand } => {
                // Fold negative literals.
                if *op == UnaryOp::USub {
                    if let ExprKind::Constant(c) = &operand.kind {
                        let folded = match c {
                            Constant::Int(i) => i.checked_neg().map(Constant::Int),
                            Constant::Float(f) => Some(Constant::Float(-f)),
                            Constant::BigInt(b) => Some(Constant::BigInt(-b.clone())),
                            _ => None,
                        };
                        if let Some(f) = folded {
                            let v = self.constant_value(&f)?;
                            self.load_const(v);
                            return Ok(());
                        }
                        if let Constant::Int(i64::MIN) = c {
                            let v = self.vm.new_bigint(-BigInt::from(i64::MIN))?;
                            self.load_const(v);
                            return Ok(());
                        }
                    }
                }
                self.expr(operand)?;
                self.emit(Op::Unary(match op {
                    UnaryOp::Invert => bc::UnaryOp::Invert,
                    UnaryOp::Not => bc::UnaryOp::Not,
                    UnaryOp::UAdd => bc::UnaryOp::Pos,
                    UnaryOp::USub => bc::UnaryOp::Neg,
                }));
            }
            ExprKind::Lambda { args, body } => {
                let Some(scope) = self.st.scope_of_node(e) else {
                    return Err(self.syntax_error("internal: no scope for lambda", e.line));
                };
                let body: &'a Expr = body;
                self.make_function(scope, "<lambda>", args, e.line, |cg| {
                    cg.expr(body)?;
                    cg.emit(Op::Return);
                    Ok(())
                })?;
            }
            ExprKind::IfExp { test, body, orelse } => {
                let to_else = self.jump_if(test, false)?;
                self.expr(body)?;
                let to_end = self.emit(Op::Jump(0));
                self.patch_here(to_else);
                self.expr(orelse)?;
                self.patch_here(to_end);
            }
            ExprKind::Dict { keys, values } => self.dict_display(keys, values)?,
            ExprKind::Set(items) => self.sequence_display(items, SeqKind::Set)?,
            ExprKind::List(items) => self.sequence_display(items, SeqKind::List)?,
            ExprKind::Tuple(items) => {
                // A tuple of constants is itself a constant.
                if !items.is_empty()
                    && items
                        .iter()
                        .all(|i| matches!(i.kind, ExprKind::Constant(_)))
                {
                    let mut vals = Vec::with_capacity(items.len());
                    for i in items {
                        if let ExprKind::Constant(c) = &i.kind {
                            vals.push(self.constant_value(c)?);
                        }
                    }
                    let t = self.vm.new_tuple(vals)?;
                    self.load_const(t);
                } else {
                    self.sequence_display(items, SeqKind::Tuple)?;
                }
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, CompKind::List, generators, elt, None)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, CompKind::Set, generators, elt, None)?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, CompKind::Generator, generators, elt, None)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, CompKind::Dict, generators, key, Some(value))?,
            ExprKind::Await(v) => {
                if self.unit_ref().flags & (bc::CO_COROUTINE | bc::CO_ASYNC_GENERATOR) == 0
                    && !(self.mode == Mode::Single && self.units.len() == 1)
                {
                    return Err(self.syntax_error("'await' outside async function", e.line));
                }
                self.expr(v)?;
                self.emit(Op::GetAwaitable);
                self.load_const(Value::NONE);
                self.emit(Op::YieldFrom);
            }
            ExprKind::Yield(v) => {
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Value::NONE),
                }
                self.emit(Op::YieldValue);
            }
            ExprKind::YieldFrom(v) => {
                if self.unit_ref().flags & bc::CO_COROUTINE != 0 {
                    return Err(self.syntax_error("'yield from' inside async function", e.line));
                }
                self.expr(v)?;
                self.emit(Op::GetYieldFromIter);
                self.load_const(Value::NONE);
                self.emit(Op::YieldFrom);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compare(left, ops, comparators)?,
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(func, args, keywords)?,
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let q = self.vm.intern(attr);
                self.emit(Op::LoadAttr(q));
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(Op::LoadSubscr);
            }
            ExprKind::Starred(_) => {
                return Err(self.syntax_error("can't use starred expression here", e.line));
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(p) => self.expr(p)?,
                        None => self.load_const(Value::NONE),
                    }
                }
                match step {
                    Some(s) => {
                        self.expr(s)?;
                        self.emit(Op::BuildSlice(3));
                    }
                    None => {
                        self.emit(Op::BuildSlice(2));
                    }
                }
            }
        }
        Ok(())
    }

    fn compare(
        &mut self,
        left: &'a Expr,
        ops: &'a [CmpOp],
        comparators: &'a [Expr],
    ) -> CResult<()> {
        self.expr(left)?;
        if ops.len() == 1 {
            self.expr(&comparators[0])?;
            self.emit(cmp_op(ops[0]));
            return Ok(());
        }
        let mut cleanups = Vec::new();
        for (i, (op, c)) in ops.iter().zip(comparators.iter()).enumerate() {
            self.expr(c)?;
            if i + 1 < ops.len() {
                self.emit(Op::Dup);
                self.emit(Op::Rot3);
                self.emit(cmp_op(*op));
                cleanups.push(self.emit(Op::JumpIfFalseOrPop(0)));
            } else {
                self.emit(cmp_op(*op));
            }
        }
        let to_end = self.emit(Op::Jump(0));
        for c in cleanups {
            self.patch_here(c);
        }
        self.emit(Op::Rot2);
        self.emit(Op::Pop);
        self.patch_here(to_end);
        Ok(())
    }

    fn call(&mut self, func: &'a Expr, args: &'a [Expr], keywords: &'a [Keyword]) -> CResult<()> {
        let simple = !args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)))
            && keywords.iter().all(|k| k.arg.is_some());
        // obj.method(args): no bound-method object.
        if simple {
            if let ExprKind::Attribute { value, attr } = &func.kind {
                self.expr(value)?;
                let q = self.vm.intern(attr);
                self.emit(Op::LoadMethod(q));
                for a in args {
                    self.expr(a)?;
                }
                if keywords.is_empty() {
                    self.emit(Op::CallMethod(args.len() as u32));
                } else {
                    let names = self.keyword_values(keywords)?;
                    self.load_const(names);
                    self.emit(Op::CallMethodKw((args.len() + keywords.len()) as u32));
                }
                return Ok(());
            }
        }
        self.expr(func)?;
        self.call_args(args, keywords, 0)
    }

    /// Push keyword values and return the tuple of their names.
    fn keyword_values(&mut self, keywords: &'a [Keyword]) -> CResult<Value> {
        let mut names = Vec::with_capacity(keywords.len());
        for k in keywords {
            self.expr(&k.value)?;
            let n = k.arg.as_deref().unwrap_or("");
            names.push(self.str_const(n)?);
        }
        Ok(self.vm.new_tuple(names)?)
    }

    /// Compile the arguments of a call whose callable (and `extra` leading
    /// arguments) are already on the stack, and the call.
    fn call_args(&mut self, args: &'a [Expr], keywords: &'a [Keyword], extra: u32) -> CResult<()> {
        let has_star = args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)));
        let has_dstar = keywords.iter().any(|k| k.arg.is_none());
        if !has_star && !has_dstar {
            for a in args {
                self.expr(a)?;
            }
            if keywords.is_empty() {
                self.emit(Op::CallFunction(extra + args.len() as u32));
            } else {
                let names = self.keyword_values(keywords)?;
                self.load_const(names);
                self.emit(Op::CallFunctionKw(
                    extra + (args.len() + keywords.len()) as u32,
                ));
            }
            return Ok(());
        }
        // General form: build an args tuple (including the `extra` values
        // already pushed) and a kwargs dict.
        self.emit(Op::BuildList(extra));
        for a in args {
            match &a.kind {
                ExprKind::Starred(inner) => {
                    self.expr(inner)?;
                    self.emit(Op::ListExtend(0));
                }
                _ => {
                    self.expr(a)?;
                    self.emit(Op::ListAppend(0));
                }
            }
        }
        self.emit(Op::ListToTuple);
        if keywords.is_empty() {
            self.emit(Op::CallFunctionEx(false));
            return Ok(());
        }
        self.emit(Op::BuildMap(0));
        for k in keywords {
            match &k.arg {
                Some(n) => {
                    let key = self.str_const(n)?;
                    self.load_const(key);
                    self.expr(&k.value)?;
                    self.emit(Op::BuildMap(1));
                    self.emit(Op::DictMerge(0));
                }
                None => {
                    self.expr(&k.value)?;
                    self.emit(Op::DictMerge(0));
                }
            }
        }
        self.emit(Op::CallFunctionEx(true));
        Ok(())
    }

    fn sequence_display(&mut self, items: &'a [Expr], kind: SeqKind) -> CResult<()> {
        let has_star = items.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)));
        if kind == SeqKind::Set && items.len() > 2 && items.iter().all(is_folded_constant) {
            // As CPython: a display of constants becomes a frozenset
            // constant (built from the items, then rebuilt from its own
            // iteration order when the compiler merges constants), merged
            // into a new set. That history decides the new set's slot
            // layout, so its iteration order.
            self.emit(Op::BuildSet(0));
            self.emit(Op::BuildSet(0));
            self.emit(Op::BuildList(0));
            for i in items {
                self.expr(i)?;
            }
            self.emit(Op::BuildSet(items.len() as u32));
            self.emit(Op::ListExtend(0));
            self.emit(Op::SetUpdate(0));
            self.emit(Op::SetUpdate(0));
            return Ok(());
        }
        if !has_star {
            for i in items {
                self.expr(i)?;
            }
            let n = items.len() as u32;
            self.emit(match kind {
                SeqKind::List => Op::BuildList(n),
                SeqKind::Tuple => Op::BuildTuple(n),
                SeqKind::Set => Op::BuildSet(n),
            });
            return Ok(());
        }
        let set = kind == SeqKind::Set;
        self.emit(if set {
            Op::BuildSet(0)
        } else {
            Op::BuildList(0)
        });
        for i in items {
            match &i.kind {
                ExprKind::Starred(inner) => {
                    self.expr(inner)?;
                    self.emit(if set {
                        Op::SetUpdate(0)
                    } else {
                        Op::ListExtend(0)
                    });
                }
                _ => {
                    self.expr(i)?;
                    self.emit(if set {
                        Op::SetAdd(0)
                    } else {
                        Op::ListAppend(0)
                    });
                }
            }
        }
        if kind == SeqKind::Tuple {
            self.emit(Op::ListToTuple);
        }
        Ok(())
    }

    fn dict_display(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> CResult<()> {
        if keys.iter().all(|k| k.is_some()) {
            for (k, v) in keys.iter().zip(values.iter()) {
                if let Some(k) = k {
                    self.expr(k)?;
                }
                self.expr(v)?;
            }
            self.emit(Op::BuildMap(keys.len() as u32));
            return Ok(());
        }
        self.emit(Op::BuildMap(0));
        for (k, v) in keys.iter().zip(values.iter()) {
            match k {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Op::MapAdd(0));
                }
                None => {
                    self.expr(v)?;
                    self.emit(Op::DictUpdate(0));
                }
            }
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        node: &'a Expr,
        kind: CompKind,
        generators: &'a [Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult<()> {
        let Some(scope) = self.st.scope_of_node(node) else {
            return Err(self.syntax_error("internal: no scope for comprehension", node.line));
        };
        let Some(first) = generators.first() else {
            return Ok(());
        };
        let name = match kind {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Generator => "<genexpr>",
        };
        let flags = self.closure_tuple(scope);
        // Asynchronous (`async for` or `await` inside, marked by the symbol
        // table): a coroutine that is awaited here, or an async generator.
        let async_comp = self.st.scopes[scope].is_coroutine;
        if async_comp
            && kind != CompKind::Generator
            && self.unit_ref().flags & (bc::CO_COROUTINE | bc::CO_ASYNC_GENERATOR) == 0
            && !(self.mode == Mode::Single && self.units.len() == 1)
        {
            return Err(self.syntax_error(
                "asynchronous comprehension outside of an asynchronous function",
                node.line,
            ));
        }
        self.enter_unit(scope, name, node.line, None);
        match kind {
            CompKind::List => {
                self.emit(Op::BuildList(0));
            }
            CompKind::Set => {
                self.emit(Op::BuildSet(0));
            }
            CompKind::Dict => {
                self.emit(Op::BuildMap(0));
            }
            CompKind::Generator => {}
        }
        self.comp_loop(generators, 0, kind, elt, value)?;
        if kind == CompKind::Generator {
            self.load_const(Value::NONE);
        }
        self.emit(Op::Return);
        let code = self.leave_unit()?;
        self.load_const(code);
        self.emit(Op::MakeFunction(flags));
        self.expr(&first.iter)?;
        self.emit(if first.is_async {
            Op::GetAIter
        } else {
            Op::GetIter
        });
        self.emit(Op::CallFunction(1));
        if async_comp && kind != CompKind::Generator {
            self.emit(Op::GetAwaitable);
            self.load_const(Value::NONE);
            self.emit(Op::YieldFrom);
        }
        Ok(())
    }

    fn comp_loop(
        &mut self,
        generators: &'a [Comprehension],
        depth: usize,
        kind: CompKind,
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult<()> {
        let g = &generators[depth];
        if depth == 0 {
            self.emit(Op::LoadFast(0));
        } else {
            self.expr(&g.iter)?;
            self.emit(if g.is_async {
                Op::GetAIter
            } else {
                Op::GetIter
            });
        }
        let start = self.here();
        let (exit, setup) = if g.is_async {
            let setup = self.emit(Op::SetupExcept(0));
            self.emit(Op::GetANext);
            self.load_const(Value::NONE);
            self.emit(Op::YieldFrom);
            self.emit(Op::PopBlock);
            (None, Some(setup))
        } else {
            (Some(self.emit(Op::ForIter(0))), None)
        };
        self.unit().comp_iters += 1;
        self.store_target(&g.target)?;
        let mut skips = Vec::new();
        for cond in &g.ifs {
            skips.push(self.jump_if(cond, false)?);
        }
        if depth + 1 < generators.len() {
            self.comp_loop(generators, depth + 1, kind, elt, value)?;
        } else {
            let n = self.unit_ref().comp_iters;
            match kind {
                CompKind::List => {
                    self.expr(elt)?;
                    self.emit(Op::ListAppend(n));
                }
                CompKind::Set => {
                    self.expr(elt)?;
                    self.emit(Op::SetAdd(n));
                }
                CompKind::Dict => {
                    self.expr(elt)?;
                    if let Some(v) = value {
                        self.expr(v)?;
                    }
                    self.emit(Op::MapAdd(n));
                }
                CompKind::Generator => {
                    self.expr(elt)?;
                    self.emit(Op::YieldValue);
                    self.emit(Op::Pop);
                }
            }
        }
        for s in skips {
            self.patch(s, start);
        }
        self.emit(Op::Jump(start as u32));
        self.unit().comp_iters -= 1;
        if let Some(e) = exit {
            self.patch_here(e);
        }
        if let Some(s) = setup {
            self.patch_here(s);
            self.emit(Op::EndAsyncFor);
        }
        Ok(())
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum SeqKind {
    List,
    Tuple,
    Set,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum CompKind {
    List,
    Set,
    Dict,
    Generator,
}

fn binop(op: BinOp) -> bc::BinOp {
    match op {
        BinOp::Add => bc::BinOp::Add,
        BinOp::Sub => bc::BinOp::Sub,
        BinOp::Mult => bc::BinOp::Mul,
        BinOp::MatMult => bc::BinOp::MatMul,
        BinOp::Div => bc::BinOp::TrueDiv,
        BinOp::Mod => bc::BinOp::Mod,
        BinOp::Pow => bc::BinOp::Pow,
        BinOp::LShift => bc::BinOp::LShift,
        BinOp::RShift => bc::BinOp::RShift,
        BinOp::BitOr => bc::BinOp::Or,
        BinOp::BitXor => bc::BinOp::Xor,
        BinOp::BitAnd => bc::BinOp::And,
        BinOp::FloorDiv => bc::BinOp::FloorDiv,
    }
}

fn cmp_op(op: CmpOp) -> Op {
    match op {
        CmpOp::Eq => Op::Compare(bc::CmpOp::Eq),
        CmpOp::NotEq => Op::Compare(bc::CmpOp::Ne),
        CmpOp::Lt => Op::Compare(bc::CmpOp::Lt),
        CmpOp::LtE => Op::Compare(bc::CmpOp::Le),
        CmpOp::Gt => Op::Compare(bc::CmpOp::Gt),
        CmpOp::GtE => Op::Compare(bc::CmpOp::Ge),
        CmpOp::Is => Op::Is(false),
        CmpOp::IsNot => Op::Is(true),
        CmpOp::In => Op::In(false),
        CmpOp::NotIn => Op::In(true),
    }
}

/// Fold integer arithmetic on small constants (no division by zero, no
/// overflow, no huge powers: those stay runtime operations).
fn fold_int_binop(op: BinOp, a: i64, b: i64) -> Option<i64> {
    match op {
        BinOp::Add => a.checked_add(b),
        BinOp::Sub => a.checked_sub(b),
        BinOp::Mult => a.checked_mul(b),
        BinOp::FloorDiv if b != 0 => Some(
            a.div_euclid(b)
                - if (a.rem_euclid(b) != 0) && b < 0 {
                    1
                } else {
                    0
                },
        ),
        BinOp::Mod if b != 0 => {
            let r = a % b;
            Some(if r != 0 && ((r < 0) != (b < 0)) {
                r + b
            } else {
                r
            })
        }
        BinOp::Pow if (0..64).contains(&b) => a.checked_pow(b as u32),
        BinOp::LShift if (0..63).contains(&b) => a.checked_mul(1i64 << b),
        BinOp::RShift if b >= 0 => Some(if b >= 64 {
            if a < 0 {
                -1
            } else {
                0
            }
        } else {
            a >> b
        }),
        BinOp::BitAnd => Some(a & b),
        BinOp::BitOr => Some(a | b),
        BinOp::BitXor => Some(a ^ b),
        _ => None,
    }
}

/// Same immediate kind (so True and 1, or 1 and 1.0, get separate slots).
fn same_kind(a: Value, b: Value) -> bool {
    use crate::value::Unpacked as U;
    core::mem::discriminant(&a.unpack()) == core::mem::discriminant(&b.unpack())
        && !matches!((a.unpack(), b.unpack()), (U::Float(x), U::Float(y)) if x.to_bits() != y.to_bits())
}

/// The value-stack effect of an instruction (on the fall-through path).
fn stack_effect(op: &Op) -> i64 {
    match *op {
        Op::Nop | Op::Rot2 | Op::Rot3 | Op::Rot4 => 0,
        Op::Pop => -1,
        Op::Dup => 1,
        Op::Dup2 => 2,
        Op::LoadConst(_)
        | Op::LoadFast(_)
        | Op::LoadDeref(_)
        | Op::LoadClosure(_)
        | Op::LoadClassDeref(_)
        | Op::LoadGlobal(_)
        | Op::LoadName(_)
        | Op::LoadBuildClass
        | Op::LoadAssertionError => 1,
        Op::StoreFast(_) | Op::StoreDeref(_) | Op::StoreGlobal(_) | Op::StoreName(_) => -1,
        Op::DeleteFast(_) | Op::DeleteDeref(_) | Op::DeleteGlobal(_) | Op::DeleteName(_) => 0,
        Op::LoadAttr(_) => 0,
        Op::StoreAttr(_) => -2,
        Op::DeleteAttr(_) => -1,
        Op::LoadMethod(_) => 1,
        Op::CallMethod(n) => -(n as i64) - 1,
        Op::CallMethodKw(n) => -(n as i64) - 2,
        Op::LoadSubscr => -1,
        Op::StoreSubscr => -3,
        Op::DeleteSubscr => -2,
        Op::BuildSlice(n) => 1 - n as i64,
        Op::Unary(_) | Op::GetIter | Op::ListToTuple => 0,
        Op::ExceptionMatch => -1,
        Op::Binary(_) | Op::Inplace(_) | Op::Compare(_) | Op::Is(_) | Op::In(_) => -1,
        Op::Jump(_) => 0,
        Op::PopJumpIfFalse(_)
        | Op::PopJumpIfTrue(_)
        | Op::JumpIfFalseOrPop(_)
        | Op::JumpIfTrueOrPop(_) => -1,
        Op::ForIter(_) => 1,
        Op::BuildTuple(n) | Op::BuildList(n) | Op::BuildSet(n) | Op::BuildString(n) => 1 - n as i64,
        Op::BuildMap(n) => 1 - 2 * n as i64,
        Op::ListAppend(_) | Op::SetAdd(_) => -1,
        Op::MapAdd(_) => -2,
        Op::ListExtend(_) | Op::SetUpdate(_) | Op::DictUpdate(_) | Op::DictMerge(_) => -1,
        Op::UnpackSequence(n) => n as i64 - 1,
        Op::UnpackEx(a, b) => a as i64 + b as i64,
        Op::MakeFunction(f) => -(f.count_ones() as i64),
        Op::CallFunction(n) => -(n as i64),
        Op::CallFunctionKw(n) => -(n as i64) - 1,
        Op::CallFunctionEx(kw) => -1 - kw as i64,
        Op::Return => -1,
        Op::YieldValue
        | Op::GetYieldFromIter
        | Op::GetAwaitable
        | Op::GetAIter
        | Op::AsyncWithExit => 0,
        Op::YieldFrom => -1,
        Op::GetANext => 1,
        Op::EndAsyncFor => -2,
        // A handler is entered with the exception pushed.
        Op::SetupExcept(_) | Op::SetupFinally(_) => 0,
        Op::SetupWith(_) | Op::SetupAsyncWith(_) => 1,
        Op::PopBlock | Op::PopExcept => 0,
        Op::Raise(n) => -(n as i64),
        Op::Reraise => -1,
        Op::WithExit => -1,
        Op::WithExceptStart => 1,
        Op::ImportName(_) => -1,
        Op::ImportFrom(_) => 1,
        Op::ImportStar => -1,
        Op::FormatValue(f) => -((f & bc::FV_HAS_SPEC != 0) as i64),
        Op::PrintExpr => -1,
    }
}

/// The deepest the value stack gets (a capacity hint: the stack grows if
/// the estimate is short, e.g. across jumps and exception handlers).
fn estimate_stack(ops: &[Op]) -> u32 {
    let mut depth: i64 = 0;
    let mut max: i64 = 0;
    for op in ops {
        depth = (depth + stack_effect(op)).max(0);
        max = max.max(depth);
    }
    (max + 2).clamp(4, 1024) as u32
}

/// Compile parsed input into a code object value.
pub fn generate(
    vm: &mut Vm,
    st: &SymTable,
    body: &[Stmt],
    expr: Option<&Expr>,
    filename: Qstr,
    mode: Mode,
) -> Result<Value, CompileError> {
    let optimize = vm.optimize_level > 0;
    let mut cg = Codegen::new(vm, st, filename, mode, optimize);
    match expr {
        Some(e) => cg.compile_eval(e),
        None => cg.compile_module(body),
    }
}

/// Whether CPython's AST optimizer turns `e` into a constant: a literal, a
/// negated number or a tuple of such.
fn is_folded_constant(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Constant(_) => true,
        ExprKind::UnaryOp {
            op: UnaryOp::USub,
            operand,
        } => matches!(
            operand.kind,
            ExprKind::Constant(Constant::Int(_) | Constant::Float(_) | Constant::BigInt(_))
        ),
        ExprKind::Tuple(items) => items.iter().all(is_folded_constant),
        _ => false,
    }
}
