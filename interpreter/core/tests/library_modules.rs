//! Library-module behaviour that one program run cannot show: what a fresh
//! interpreter starts with.

mod common;

fn output_of(src: &str) -> String {
    let (mut vm, out) = common::vm();
    if vm.run_main(src.as_bytes(), "<test>").is_err() {
        return String::from("<error>");
    }
    let text = String::from_utf8_lossy(&out.borrow()).into_owned();
    text
}

/// The spec: urandom is not seeded at start, so every fresh interpreter
/// produces the same numbers until the program calls seed().
#[test]
fn urandom_unseeded_start_is_deterministic() {
    let prog =
        "import urandom\nprint([urandom.getrandbits(32) for i in range(8)], urandom.random())\n";
    let first = output_of(prog);
    assert!(first.starts_with('['), "{first}");
    assert_eq!(first, output_of(prog));
    // seed() changes the sequence, and seeding again repeats it.
    let seeded =
        "import urandom\nurandom.seed(99)\nprint([urandom.getrandbits(32) for i in range(8)])\n";
    assert_ne!(first, output_of(seeded));
    assert_eq!(output_of(seeded), output_of(seeded));
}

/// Both spellings of each module name find the same module.
#[test]
fn weak_links_find_the_u_modules() {
    let prog = "import ustruct, struct, ubinascii, binascii, ucollections, collections, uerrno, errno, \
                uhashlib, hashlib, uheapq, heapq, urandom, random, utime, time\n\
                print(struct is ustruct, binascii is ubinascii, collections is ucollections, \
                errno is uerrno, hashlib is uhashlib, heapq is uheapq, random is urandom, time is utime)\n";
    assert_eq!(output_of(prog), "True True True True True True True True\n");
}
