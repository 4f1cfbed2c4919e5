//! `--shard i/n`: one of n deterministic parts of a run, so that CI machines
//! can share the cases.
//!
//! The selected cases (after `--filter`) are sorted by name and dealt out
//! round-robin: the case at 0-based position p goes to shard `p % n + 1`.
//! Dealing rather than cutting into n slices keeps the areas (and so the
//! slow cases of one area) spread over the shards. Every case is in exactly
//! one shard, whatever n is, and the partition depends only on the names.

use std::fmt;
use std::str::FromStr;

/// Shard `index` of `count` (1-based, as written on the command line).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    pub index: usize,
    pub count: usize,
}

impl FromStr for Shard {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        let bad = || format!("--shard: expected i/n with 1 <= i <= n (got {text:?})");
        let (i, n) = text.split_once('/').ok_or_else(bad)?;
        let index: usize = i.trim().parse().map_err(|_| bad())?;
        let count: usize = n.trim().parse().map_err(|_| bad())?;
        if index == 0 || count == 0 || index > count {
            return Err(bad());
        }
        Ok(Shard { index, count })
    }
}

impl fmt::Display for Shard {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

impl Shard {
    /// Keeps this shard's part of a list already sorted by name.
    pub fn select<T>(&self, items: Vec<T>) -> Vec<T> {
        items
            .into_iter()
            .enumerate()
            .filter(|(position, _)| position % self.count == self.index - 1)
            .map(|(_, item)| item)
            .collect()
    }

    /// The part of a results file name that tells shards apart:
    /// `shard2of4`.
    pub fn file_tag(&self) -> String {
        format!("shard{}of{}", self.index, self.count)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints() {
        let s: Shard = "2/5".parse().unwrap();
        assert_eq!(s, Shard { index: 2, count: 5 });
        assert_eq!(s.to_string(), "2/5");
        assert_eq!(s.file_tag(), "shard2of5");
        assert_eq!("1/1".parse::<Shard>().unwrap().count, 1);
        for bad in [
            "", "1", "0/3", "4/3", "1/0", "a/b", "-1/3", "1/3/4", "1.5/3",
        ] {
            let e = bad.parse::<Shard>().unwrap_err();
            assert!(e.contains("--shard"), "{bad}: {e}");
        }
    }

    #[test]
    fn shards_partition_the_list() {
        let items: Vec<u32> = (0..23).collect();
        for count in 1..=7 {
            let mut seen = Vec::new();
            for index in 1..=count {
                let part = Shard { index, count }.select(items.clone());
                // Sizes differ by at most one.
                assert!(part.len() >= 23 / count && part.len() <= 23 / count + 1);
                seen.extend(part);
            }
            seen.sort();
            assert_eq!(seen, items, "{count} shards");
        }
    }

    #[test]
    fn round_robin_and_deterministic() {
        let names = vec!["a", "b", "c", "d", "e"];
        let s = Shard { index: 2, count: 2 };
        assert_eq!(s.select(names.clone()), ["b", "d"]);
        assert_eq!(s.select(names.clone()), s.select(names));
        // More shards than items: some shards are empty, none fails.
        assert!(Shard { index: 9, count: 9 }.select(vec![1, 2]).is_empty());
    }
}
