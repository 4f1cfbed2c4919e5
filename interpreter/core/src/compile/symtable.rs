//! Scope analysis: which names are local, global, captured by inner scopes
//! (cells) or taken from enclosing scopes (free), for every module,
//! class, function, lambda and comprehension.

use super::ast::*;
use super::error::{ParseResult, SyntaxError};
use alloc::collections::BTreeMap;
use alloc::string::String;
use alloc::vec::Vec;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    /// A comprehension or generator expression: a function scope whose
    /// single parameter is the outermost iterator.
    Comprehension,
}

/// Where a name lives, as seen from one scope.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Resolution {
    /// A fast local (function scopes).
    Local,
    /// A local captured by an inner scope: lives in a cell.
    Cell,
    /// A variable of an enclosing function scope.
    Free,
    /// Declared `global`, or not bound anywhere visible: a global lookup.
    Global,
    /// Module and class bodies: the namespace (LoadName/StoreName).
    Name,
}

const ASSIGNED: u8 = 1;
const USED: u8 = 2;
const PARAM: u8 = 4;
const GLOBAL: u8 = 8;
const NONLOCAL: u8 = 16;
/// Bound by a walrus inside a comprehension: belongs to the enclosing scope.
const WALRUS_OUTER: u8 = 32;

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    pub parent: Option<usize>,
    flags: BTreeMap<String, u8>,
    /// Parameters in order.
    pub params: Vec<String>,
    pub is_generator: bool,
    pub is_coroutine: bool,
    /// A class body whose methods use super()/__class__: it needs a
    /// `__class__` cell.
    pub needs_class_cell: bool,
    /// The final resolution of every name seen in the scope.
    pub resolved: BTreeMap<String, Resolution>,
    /// Cell variables (in a stable order).
    pub cellvars: Vec<String>,
    /// Free variables (in a stable order).
    pub freevars: Vec<String>,
    pub line: u32,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, parent: Option<usize>, line: u32) -> Self {
        Scope {
            kind,
            name: String::from(name),
            parent,
            flags: BTreeMap::new(),
            params: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            needs_class_cell: false,
            resolved: BTreeMap::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            line,
        }
    }

    fn is_function_like(&self) -> bool {
        matches!(self.kind, ScopeKind::Function | ScopeKind::Comprehension)
    }

    pub fn resolve(&self, name: &str) -> Resolution {
        match self.resolved.get(name) {
            Some(r) => *r,
            None => match self.kind {
                ScopeKind::Module | ScopeKind::Class => Resolution::Name,
                _ => Resolution::Global,
            },
        }
    }
}

pub struct SymTable {
    pub scopes: Vec<Scope>,
    /// AST node address -> scope index (functions, lambdas, classes,
    /// comprehensions).
    by_node: BTreeMap<usize, usize>,
}

impl SymTable {
    pub fn scope_of_node<T>(&self, node: &T) -> Option<usize> {
        self.by_node.get(&(node as *const T as usize)).copied()
    }
}

struct Builder {
    scopes: Vec<Scope>,
    by_node: BTreeMap<usize, usize>,
    cur: usize,
}

/// Analyse a module (or exec/eval input).
pub fn analyse(body: &[Stmt], expr: Option<&Expr>) -> ParseResult<SymTable> {
    let mut b = Builder {
        scopes: alloc::vec![Scope::new(ScopeKind::Module, "<module>", None, 1)],
        by_node: BTreeMap::new(),
        cur: 0,
    };
    for s in body {
        b.stmt(s)?;
    }
    if let Some(e) = expr {
        b.expr(e)?;
    }
    b.resolve_all()?;
    Ok(SymTable {
        scopes: b.scopes,
        by_node: b.by_node,
    })
}

impl Builder {
    fn add(&mut self, name: &str, flag: u8) {
        let e = self.scopes[self.cur]
            .flags
            .entry(String::from(name))
            .or_insert(0);
        *e |= flag;
    }

    fn flags_of(&self, scope: usize, name: &str) -> u8 {
        self.scopes[scope].flags.get(name).copied().unwrap_or(0)
    }

    fn push_scope(&mut self, kind: ScopeKind, name: &str, node: usize, line: u32) -> usize {
        let idx = self.scopes.len();
        self.scopes
            .push(Scope::new(kind, name, Some(self.cur), line));
        self.by_node.insert(node, idx);
        self.cur = idx;
        idx
    }

    fn pop_scope(&mut self) {
        if let Some(p) = self.scopes[self.cur].parent {
            self.cur = p;
        }
    }

    fn stmts(&mut self, body: &[Stmt]) -> ParseResult<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> ParseResult<()> {
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                for d in &f.decorators {
                    self.expr(d)?;
                }
                self.arguments_outer(&f.args)?;
                if let Some(r) = &f.returns {
                    self.expr(r)?;
                }
                self.add(&f.name, ASSIGNED);
                self.push_scope(
                    ScopeKind::Function,
                    &f.name,
                    &**f as *const FunctionDef as usize,
                    s.line,
                );
                self.scopes[self.cur].is_coroutine = f.is_async;
                self.params(&f.args, s.line)?;
                self.stmts(&f.body)?;
                self.pop_scope();
            }
            StmtKind::ClassDef(c) => {
                for d in &c.decorators {
                    self.expr(d)?;
                }
                for b in &c.bases {
                    self.expr(b)?;
                }
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                self.add(&c.name, ASSIGNED);
                self.push_scope(
                    ScopeKind::Class,
                    &c.name,
                    &**c as *const ClassDef as usize,
                    s.line,
                );
                self.stmts(&c.body)?;
                self.pop_scope();
            }
            StmtKind::Return(v) => {
                if !self.scopes[self.cur].is_function_like()
                    || self.scopes[self.cur].kind == ScopeKind::Comprehension
                {
                    return Err(SyntaxError::new("'return' outside function", s.line, 0));
                }
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.target(t)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for t in targets {
                    self.target(t)?;
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value)?;
                if let ExprKind::Name(n) = &target.kind {
                    self.add(n, USED);
                }
                self.target(target)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                ..
            } => {
                if let Some(v) = value {
                    self.expr(v)?;
                    self.target(target)?;
                } else if let ExprKind::Name(n) = &target.kind {
                    // `x: int` makes x local without binding it.
                    if self.scopes[self.cur].is_function_like() {
                        self.add(n, ASSIGNED);
                    }
                } else {
                    self.target_subexprs(target)?;
                }
                let _ = annotation;
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.expr(iter)?;
                self.target(target)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::While { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::With { items, body, .. } => {
                for it in items {
                    self.expr(&it.context_expr)?;
                    if let Some(v) = &it.optional_vars {
                        self.target(v)?;
                    }
                }
                self.stmts(body)?;
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)?;
                }
                if let Some(c) = cause {
                    self.expr(c)?;
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.stmts(body)?;
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.add(n, ASSIGNED);
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(orelse)?;
                self.stmts(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
            }
            StmtKind::Import(names) => {
                for a in names {
                    let bound = match &a.asname {
                        Some(n) => n.as_str(),
                        None => a.name.split('.').next().unwrap_or(&a.name),
                    };
                    self.add(bound, ASSIGNED);
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name == "*" {
                        if self.scopes[self.cur].kind != ScopeKind::Module {
                            return Err(SyntaxError::new(
                                "import * only allowed at module level",
                                s.line,
                                0,
                            ));
                        }
                        continue;
                    }
                    let bound = a.asname.as_deref().unwrap_or(&a.name);
                    self.add(bound, ASSIGNED);
                }
            }
            StmtKind::Global(names) => {
                for n in names {
                    let f = self.flags_of(self.cur, n);
                    if f & PARAM != 0 {
                        return Err(SyntaxError::new(
                            alloc::format!("name '{}' is parameter and global", n),
                            s.line,
                            0,
                        ));
                    }
                    if f & NONLOCAL != 0 {
                        return Err(SyntaxError::new(
                            alloc::format!("name '{}' is nonlocal and global", n),
                            s.line,
                            0,
                        ));
                    }
                    if f & (ASSIGNED | USED) != 0 {
                        let what = if f & ASSIGNED != 0 {
                            "assigned to"
                        } else {
                            "used"
                        };
                        return Err(SyntaxError::new(
                            alloc::format!("name '{}' is {} before global declaration", n, what),
                            s.line,
                            0,
                        ));
                    }
                    self.add(n, GLOBAL);
                }
            }
            StmtKind::Nonlocal(names) => {
                if self.scopes[self.cur].kind == ScopeKind::Module {
                    return Err(SyntaxError::new(
                        "nonlocal declaration not allowed at module level",
                        s.line,
                        0,
                    ));
                }
                for n in names {
                    let f = self.flags_of(self.cur, n);
                    if f & PARAM != 0 {
                        return Err(SyntaxError::new(
                            alloc::format!("name '{}' is parameter and nonlocal", n),
                            s.line,
                            0,
                        ));
                    }
                    if f & GLOBAL != 0 {
                        return Err(SyntaxError::new(
                            alloc::format!("name '{}' is nonlocal and global", n),
                            s.line,
                            0,
                        ));
                    }
                    if f & (ASSIGNED | USED) != 0 {
                        let what = if f & ASSIGNED != 0 {
                            "assigned to"
                        } else {
                            "used"
                        };
                        return Err(SyntaxError::new(
                            alloc::format!("name '{}' is {} before nonlocal declaration", n, what),
                            s.line,
                            0,
                        ));
                    }
                    self.add(n, NONLOCAL);
                }
            }
            StmtKind::Expr(e) => self.expr(e)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        Ok(())
    }

    /// Defaults and annotations of a def/lambda, evaluated outside.
    fn arguments_outer(&mut self, a: &Arguments) -> ParseResult<()> {
        for d in &a.defaults {
            self.expr(d)?;
        }
        for d in a.kw_defaults.iter().flatten() {
            self.expr(d)?;
        }
        for arg in a
            .posonlyargs
            .iter()
            .chain(a.args.iter())
            .chain(a.kwonlyargs.iter())
        {
            if let Some(an) = &arg.annotation {
                self.expr(an)?;
            }
        }
        for arg in a.vararg.iter().chain(a.kwarg.iter()) {
            if let Some(an) = &arg.annotation {
                self.expr(an)?;
            }
        }
        Ok(())
    }

    /// Record the parameters of the current (new) function scope.
    fn params(&mut self, a: &Arguments, line: u32) -> ParseResult<()> {
        let mut all: Vec<&Arg> = Vec::new();
        all.extend(a.posonlyargs.iter());
        all.extend(a.args.iter());
        all.extend(a.kwonlyargs.iter());
        all.extend(a.vararg.iter());
        all.extend(a.kwarg.iter());
        for arg in all {
            if self.scopes[self.cur].params.contains(&arg.name) {
                return Err(SyntaxError::new(
                    alloc::format!("duplicate argument '{}' in function definition", arg.name),
                    line,
                    0,
                ));
            }
            self.scopes[self.cur].params.push(arg.name.clone());
            self.add(&arg.name, PARAM | ASSIGNED);
        }
        Ok(())
    }

    /// An assignment/deletion target.
    fn target(&mut self, t: &Expr) -> ParseResult<()> {
        match &t.kind {
            ExprKind::Name(n) => {
                self.add(n, ASSIGNED);
                Ok(())
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.target(i)?;
                }
                Ok(())
            }
            ExprKind::Starred(inner) => self.target(inner),
            _ => self.target_subexprs(t),
        }
    }

    /// The expressions inside an attribute/subscript target.
    fn target_subexprs(&mut self, t: &Expr) -> ParseResult<()> {
        match &t.kind {
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)
            }
            _ => self.expr(t),
        }
    }

    fn expr(&mut self, e: &Expr) -> ParseResult<()> {
        match &e.kind {
            ExprKind::Name(n) => {
                self.add(n, USED);
                if n == "super" {
                    self.mark_class_cell_use();
                }
            }
            ExprKind::Constant(_) => {}
            ExprKind::JoinedStr(parts) => {
                for p in parts {
                    self.expr(p)?;
                }
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.expr(value)?;
                if let Some(s) = format_spec {
                    self.expr(s)?;
                }
            }
            ExprKind::BoolOp { values, .. } => {
                for v in values {
                    self.expr(v)?;
                }
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                if let ExprKind::Name(n) = &target.kind {
                    self.walrus_target(n, e.line)?;
                }
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand)?,
            ExprKind::Lambda { args, body } => {
                self.arguments_outer(args)?;
                self.push_scope(
                    ScopeKind::Function,
                    "<lambda>",
                    e as *const Expr as usize,
                    e.line,
                );
                self.params(args, e.line)?;
                self.expr(body)?;
                self.pop_scope();
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter().flatten() {
                    self.expr(k)?;
                }
                for v in values {
                    self.expr(v)?;
                }
            }
            ExprKind::Set(items) | ExprKind::List(items) | ExprKind::Tuple(items) => {
                for i in items {
                    self.expr(i)?;
                }
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                let name = match &e.kind {
                    ExprKind::ListComp { .. } => "<listcomp>",
                    ExprKind::SetComp { .. } => "<setcomp>",
                    _ => "<genexpr>",
                };
                self.comprehension(e, name, generators, &[elt])?;
                if matches!(e.kind, ExprKind::GeneratorExp { .. }) {
                    if let Some(&idx) = self.by_node.get(&(e as *const Expr as usize)) {
                        self.scopes[idx].is_generator = true;
                    }
                }
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                self.comprehension(e, "<dictcomp>", generators, &[key, value])?;
            }
            ExprKind::Await(v) => {
                // `await` in a comprehension makes it asynchronous (it is
                // awaited, or for a generator expression, an async generator).
                if self.scopes[self.cur].kind == ScopeKind::Comprehension {
                    self.scopes[self.cur].is_coroutine = true;
                }
                self.expr(v)?;
            }
            ExprKind::Yield(v) => {
                self.mark_generator(e.line)?;
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            ExprKind::YieldFrom(v) => {
                self.mark_generator(e.line)?;
                self.expr(v)?;
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left)?;
                for c in comparators {
                    self.expr(c)?;
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func)?;
                for a in args {
                    self.expr(a)?;
                }
                for k in keywords {
                    self.expr(&k.value)?;
                }
            }
            ExprKind::Attribute { value, .. } => self.expr(value)?,
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
            }
            ExprKind::Starred(v) => self.expr(v)?,
            ExprKind::Slice { lower, upper, step } => {
                for p in [lower, upper, step].into_iter().flatten() {
                    self.expr(p)?;
                }
            }
        }
        Ok(())
    }

    fn mark_generator(&mut self, line: u32) -> ParseResult<()> {
        let sc = &mut self.scopes[self.cur];
        match sc.kind {
            ScopeKind::Function | ScopeKind::Comprehension => {
                sc.is_generator = true;
                Ok(())
            }
            _ => Err(SyntaxError::new("'yield' outside function", line, 0)),
        }
    }

    /// A method (function directly in a class) using super or __class__
    /// needs the class's __class__ cell.
    fn mark_class_cell_use(&mut self) {
        let mut s = self.cur;
        loop {
            let Some(p) = self.scopes[s].parent else {
                return;
            };
            if self.scopes[p].kind == ScopeKind::Class {
                if self.scopes[s].kind == ScopeKind::Function {
                    self.scopes[p].needs_class_cell = true;
                    self.add("__class__", USED);
                }
                return;
            }
            if self.scopes[s].kind != ScopeKind::Function
                && self.scopes[s].kind != ScopeKind::Comprehension
            {
                return;
            }
            s = p;
        }
    }

    /// `x := value` binds x in the nearest enclosing non-comprehension scope.
    fn walrus_target(&mut self, name: &str, line: u32) -> ParseResult<()> {
        if self.scopes[self.cur].kind != ScopeKind::Comprehension {
            self.add(name, ASSIGNED);
            return Ok(());
        }
        let mut s = self.cur;
        while self.scopes[s].kind == ScopeKind::Comprehension {
            if self.flags_of(s, name) & PARAM != 0 {
                return Err(SyntaxError::new(
                    alloc::format!(
                        "assignment expression cannot rebind comprehension iteration variable '{}'",
                        name
                    ),
                    line,
                    0,
                ));
            }
            let e = self.scopes[s].flags.entry(String::from(name)).or_insert(0);
            *e |= WALRUS_OUTER | USED;
            match self.scopes[s].parent {
                Some(p) => s = p,
                None => break,
            }
        }
        if self.scopes[s].kind == ScopeKind::Class {
            return Err(SyntaxError::new(
                "assignment expression within a comprehension cannot be used in a class body",
                line,
                0,
            ));
        }
        let e = self.scopes[s].flags.entry(String::from(name)).or_insert(0);
        *e |= ASSIGNED;
        Ok(())
    }

    fn comprehension(
        &mut self,
        node: &Expr,
        name: &str,
        gens: &[Comprehension],
        elts: &[&Expr],
    ) -> ParseResult<()> {
        let Some(first) = gens.first() else {
            return Ok(());
        };
        // The outermost iterable is evaluated in the enclosing scope.
        self.expr(&first.iter)?;
        self.push_scope(
            ScopeKind::Comprehension,
            name,
            node as *const Expr as usize,
            node.line,
        );
        self.scopes[self.cur].params.push(String::from(".0"));
        self.add(".0", PARAM | ASSIGNED);
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter)?;
            }
            self.target(&g.target)?;
            for c in &g.ifs {
                self.expr(c)?;
            }
        }
        for e in elts {
            self.expr(e)?;
        }
        let comp = self.cur;
        if gens.iter().any(|g| g.is_async) {
            self.scopes[comp].is_coroutine = true;
        }
        self.pop_scope();
        // A list/set/dict comprehension that is asynchronous is awaited where
        // it stands: an enclosing comprehension becomes asynchronous too.
        let awaited =
            self.scopes[comp].is_coroutine && !matches!(node.kind, ExprKind::GeneratorExp { .. });
        if awaited && self.scopes[self.cur].kind == ScopeKind::Comprehension {
            self.scopes[self.cur].is_coroutine = true;
        }
        Ok(())
    }

    /// Decide every name's resolution, top-down so that each scope knows
    /// what its enclosing function scopes bind.
    fn resolve_all(&mut self) -> ParseResult<()> {
        // Pass 1: local bindings per scope.
        for i in 0..self.scopes.len() {
            let entries: Vec<(String, u8)> = self.scopes[i]
                .flags
                .iter()
                .map(|(k, v)| (k.clone(), *v))
                .collect();
            for (name, f) in entries {
                let r = match self.scopes[i].kind {
                    ScopeKind::Module => {
                        if f & GLOBAL != 0 {
                            Resolution::Global
                        } else {
                            Resolution::Name
                        }
                    }
                    ScopeKind::Class => {
                        if f & GLOBAL != 0 {
                            Resolution::Global
                        } else {
                            Resolution::Name
                        }
                    }
                    _ => {
                        if f & GLOBAL != 0 {
                            Resolution::Global
                        } else if f & (NONLOCAL | WALRUS_OUTER) != 0 {
                            Resolution::Free
                        } else if f & ASSIGNED != 0 {
                            Resolution::Local
                        } else {
                            Resolution::Global
                        }
                    }
                };
                self.scopes[i].resolved.insert(name, r);
            }
            if self.scopes[i].kind == ScopeKind::Class && self.scopes[i].needs_class_cell {
                self.scopes[i]
                    .resolved
                    .insert(String::from("__class__"), Resolution::Cell);
                self.scopes[i].cellvars.push(String::from("__class__"));
            }
        }
        // Pass 2: names used but not bound locally, and nonlocals, look in
        // enclosing function scopes.
        for i in 0..self.scopes.len() {
            let names: Vec<(String, u8)> = self.scopes[i]
                .flags
                .iter()
                .map(|(k, v)| (k.clone(), *v))
                .collect();
            for (name, f) in names {
                let cur = self.scopes[i].resolve(&name);
                let wants_outer = match self.scopes[i].kind {
                    ScopeKind::Module => false,
                    ScopeKind::Class => f & ASSIGNED == 0 && f & GLOBAL == 0,
                    _ => cur == Resolution::Free || (cur == Resolution::Global && f & GLOBAL == 0),
                };
                if !wants_outer {
                    continue;
                }
                let found = self.find_enclosing_binding(i, &name);
                match found {
                    Some(owner) => {
                        self.make_cell(owner, &name);
                        // Every scope between owner and i passes it through.
                        let mut s = i;
                        while s != owner {
                            self.make_free(s, &name);
                            match self.scopes[s].parent {
                                Some(p) => s = p,
                                None => break,
                            }
                        }
                    }
                    None => {
                        if f & NONLOCAL != 0 {
                            return Err(SyntaxError::new(
                                alloc::format!("no binding for nonlocal '{}' found", name),
                                self.scopes[i].line,
                                0,
                            ));
                        }
                        if self.scopes[i].kind != ScopeKind::Class {
                            // A walrus target at module level from inside a
                            // comprehension is a global.
                            self.scopes[i].resolved.insert(name, Resolution::Global);
                        }
                    }
                }
            }
        }
        Ok(())
    }

    /// The nearest enclosing function scope (skipping classes) that binds
    /// `name` locally (or as a cell/free itself).
    fn find_enclosing_binding(&self, from: usize, name: &str) -> Option<usize> {
        let mut s = self.scopes[from].parent?;
        loop {
            let sc = &self.scopes[s];
            match sc.kind {
                ScopeKind::Module => return None,
                ScopeKind::Class => {
                    // __class__ is provided by the class scope itself.
                    if name == "__class__" && sc.needs_class_cell {
                        return Some(s);
                    }
                }
                _ => {
                    let f = sc.flags.get(name).copied().unwrap_or(0);
                    if f & GLOBAL != 0 {
                        return None;
                    }
                    if f & (ASSIGNED | NONLOCAL) != 0 && f & WALRUS_OUTER == 0 || f & PARAM != 0 {
                        if f & NONLOCAL != 0 {
                            // Its own binding is further out.
                            return self.find_enclosing_binding(s, name);
                        }
                        return Some(s);
                    }
                    if f & WALRUS_OUTER != 0 {
                        // Comprehension passing a walrus target outwards.
                    }
                }
            }
            s = sc.parent?;
        }
    }

    fn make_cell(&mut self, s: usize, name: &str) {
        let sc = &mut self.scopes[s];
        if sc.kind == ScopeKind::Class {
            return;
        }
        if sc.resolved.get(name) != Some(&Resolution::Cell) {
            sc.resolved.insert(String::from(name), Resolution::Cell);
            if !sc.cellvars.iter().any(|c| c == name) {
                sc.cellvars.push(String::from(name));
            }
        }
    }

    fn make_free(&mut self, s: usize, name: &str) {
        let sc = &mut self.scopes[s];
        if sc.resolved.get(name) == Some(&Resolution::Cell) {
            return;
        }
        // A class body that binds the name itself keeps using its
        // namespace, but still carries the cell for its methods.
        let class_binds = sc.kind == ScopeKind::Class
            && sc
                .flags
                .get(name)
                .is_some_and(|f| f & (ASSIGNED | GLOBAL) != 0);
        if !class_binds {
            sc.resolved.insert(String::from(name), Resolution::Free);
        }
        if !sc.freevars.iter().any(|c| c == name) {
            sc.freevars.push(String::from(name));
        }
    }
}
