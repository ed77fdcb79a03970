//! A stable sort that is small in the download.
//!
//! The standard library's sorts (driftsort, ipnsort) are fast but large:
//! about 3 KB of wasm for each element type, and this crate sorts five
//! types. The lists sorted here are short (thoughts of one meeting, meetings
//! on one tablet), so binary insertion is plenty: O(n log n) comparisons,
//! and moving elements into place is a cheap `memmove`-like shuffle.
//!
//! The result is exactly that of `slice::sort_by` with the same comparison
//! (both are stable, so equal elements keep their order).

use std::cmp::Ordering;

/// Like `v.sort_by(cmp)`.
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    for i in 1..v.len() {
        let (done, rest) = v.split_at(i);
        // After every element that is not greater: keeps equal ones in order.
        let at = done.partition_point(|x| cmp(x, &rest[0]) != Ordering::Greater);
        for j in (at..i).rev() {
            v.swap(j, j + 1);
        }
    }
}

/// Like `v.sort()`.
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_as_the_standard_stable_sort() {
        let mut seed = 1u64;
        for len in 0..200 {
            for _ in 0..20 {
                let v: Vec<(u8, usize)> = (0..len)
                    .map(|i| {
                        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
                        ((seed >> 60) as u8, i)
                    })
                    .collect();
                let (mut ours, mut std) = (v.clone(), v.clone());
                // Compare by the key only, so stability shows in the index.
                sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
                std.sort_by_key(|a| a.0);
                assert_eq!(ours, std);
                let (mut ours, mut std) = (v.clone(), v);
                sort(&mut ours);
                std.sort();
                assert_eq!(ours, std);
            }
        }
    }
}
