//! uhashlib: sha256, sha1 and md5 hash objects (RustCrypto's no_std
//! crates) with update() and digest(). As the spec says, digest() ends the
//! hash: it may be asked for again, but more data is a ValueError. There
//! is no hexdigest() (the spec: use ubinascii.hexlify(h.digest())).

use crate::heap::ObjRef;
use crate::objects::native::NativeFunc;
use crate::objects::type_::BaseKind;
use crate::objects::{NativeObject, Object};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use alloc::boxed::Box;
use alloc::format;
use alloc::vec::Vec;
use sha2::Digest;

enum State {
    Sha256(sha2::Sha256),
    Sha1(sha1::Sha1),
    Md5(md5::Md5),
    /// digest() was called: the result, kept for further digest() calls.
    Final(Vec<u8>),
}

impl State {
    fn update(&mut self, data: &[u8]) {
        match self {
            State::Sha256(h) => h.update(data),
            State::Sha1(h) => h.update(data),
            State::Md5(h) => h.update(data),
            State::Final(_) => {}
        }
    }

    fn finish(self) -> Vec<u8> {
        match self {
            State::Sha256(h) => h.finalize().to_vec(),
            State::Sha1(h) => h.finalize().to_vec(),
            State::Md5(h) => h.finalize().to_vec(),
            State::Final(d) => d,
        }
    }
}

struct Hash {
    ty: ObjRef,
    state: State,
}

impl NativeObject for Hash {
    fn type_ref(&self) -> ObjRef {
        self.ty
    }
    fn heap_bytes(&self) -> usize {
        core::mem::size_of::<State>()
    }
    crate::native_any!();
}

/// Take the state out of hash object `v` (None: not a hash object).
fn take_state(vm: &mut Vm, v: Value) -> Option<State> {
    let r = v.as_obj()?;
    match vm.heap.get_mut(r)? {
        Object::Native(n) => n
            .as_any_mut()
            .downcast_mut::<Hash>()
            .map(|h| core::mem::replace(&mut h.state, State::Final(Vec::new()))),
        _ => None,
    }
}

fn put_state(vm: &mut Vm, v: Value, state: State) {
    if let Some(Object::Native(n)) = v.as_obj().and_then(|r| vm.heap.get_mut(r)) {
        if let Some(h) = n.as_any_mut().downcast_mut::<Hash>() {
            h.state = state;
        }
    }
}

/// Feed `data` (a bytes-like object) into `state`.
fn feed(vm: &mut Vm, state: &mut State, data: Value) -> PyResult<()> {
    if vm.is_str(data) {
        return Err(vm.type_error("Strings must be encoded before hashing"));
    }
    match vm.bytes_of(data) {
        Some(b) => {
            state.update(b);
            Ok(())
        }
        None => {
            let t = vm.type_name(data);
            Err(vm.type_error(format!(
                "object supporting the buffer API required, not '{}'",
                t
            )))
        }
    }
}

fn new_hash(
    vm: &mut Vm,
    args: &[Value],
    new: &'static NativeFunc,
    mut state: State,
) -> PyResult<Value> {
    let Some(ty) = super::is_type_with_new(vm, args[0], new) else {
        return Err(vm.type_error("__new__(X): X is not a hash type"));
    };
    if let Some(&data) = args.get(1) {
        feed(vm, &mut state, data)?;
    }
    let r = vm.alloc(Object::Native(Box::new(Hash { ty, state })))?;
    Ok(Value::obj(r))
}

fn sha256_new(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    new_hash(
        vm,
        args,
        &SHA256_METHODS[0],
        State::Sha256(sha2::Sha256::new()),
    )
}

fn sha1_new(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    new_hash(vm, args, &SHA1_METHODS[0], State::Sha1(sha1::Sha1::new()))
}

fn md5_new(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    new_hash(vm, args, &MD5_METHODS[0], State::Md5(md5::Md5::new()))
}

fn hash_update(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let Some(mut state) = take_state(vm, args[0]) else {
        return Err(vm.type_error("descriptor 'update' requires a hash object"));
    };
    let r = if matches!(state, State::Final(_)) {
        Err(vm.value_error("hash is final"))
    } else {
        feed(vm, &mut state, args[1])
    };
    put_state(vm, args[0], state);
    r.map(|_| Value::NONE)
}

fn hash_digest(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let Some(state) = take_state(vm, args[0]) else {
        return Err(vm.type_error("descriptor 'digest' requires a hash object"));
    };
    let d = state.finish();
    put_state(vm, args[0], State::Final(d.clone()));
    vm.new_bytes(d)
}

static SHA256_METHODS: &[NativeFunc] = &[
    NativeFunc::staticmethod("__new__", 1, 2, sha256_new),
    NativeFunc::method("update", 2, 2, hash_update),
    NativeFunc::method("digest", 1, 1, hash_digest),
];

static SHA1_METHODS: &[NativeFunc] = &[
    NativeFunc::staticmethod("__new__", 1, 2, sha1_new),
    NativeFunc::method("update", 2, 2, hash_update),
    NativeFunc::method("digest", 1, 1, hash_digest),
];

static MD5_METHODS: &[NativeFunc] = &[
    NativeFunc::staticmethod("__new__", 1, 2, md5_new),
    NativeFunc::method("update", 2, 2, hash_update),
    NativeFunc::method("digest", 1, 1, hash_digest),
];

pub fn init(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    for (key, name, methods) in [
        ("uhashlib.sha256", "sha256", SHA256_METHODS),
        ("uhashlib.sha1", "sha1", SHA1_METHODS),
        ("uhashlib.md5", "md5", MD5_METHODS),
    ] {
        let t = super::new_native_type(vm, key, name, methods, &[], BaseKind::NotSubclassable)?;
        let q = vm.intern(name);
        vm.dict_set_q(d, q, Value::obj(t))?;
    }
    Ok(())
}
