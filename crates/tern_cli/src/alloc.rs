//! The global allocator: mimalloc, asked for plain blocks.
//!
//! The `mimalloc` crate's allocator requests every block through
//! `mi_malloc_aligned`, whose fast path only serves a size class that has
//! a free block at hand; otherwise it falls back to over-allocating. Most
//! of our blocks (objects, dict entries, frames' vectors) need no more than
//! the 8-byte alignment every mimalloc block has, so those go to
//! `mi_malloc`, and only larger alignments use the aligned entry points.
//! (Instance creation spent ~280 instructions in the aligned path for its
//! attribute table before this.)

use core::alloc::{GlobalAlloc, Layout};
use core::ffi::c_void;
use libmimalloc_sys as mi;

/// Every mimalloc block is at least this aligned (its word size).
const PLAIN_ALIGN: usize = 8;

pub struct Mimalloc;

// SAFETY: each method forwards to the mimalloc call for the same job; the
// plain calls are used only when their guaranteed alignment suffices.
unsafe impl GlobalAlloc for Mimalloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= PLAIN_ALIGN {
            mi::mi_malloc(layout.size()) as *mut u8
        } else {
            mi::mi_malloc_aligned(layout.size(), layout.align()) as *mut u8
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= PLAIN_ALIGN {
            mi::mi_zalloc(layout.size()) as *mut u8
        } else {
            mi::mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        mi::mi_free(ptr as *mut c_void);
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if layout.align() <= PLAIN_ALIGN {
            mi::mi_realloc(ptr as *mut c_void, new_size) as *mut u8
        } else {
            mi::mi_realloc_aligned(ptr as *mut c_void, new_size, layout.align()) as *mut u8
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_have_the_alignment_asked_for() {
        let a = Mimalloc;
        for size in [1usize, 8, 24, 40, 104, 120, 200, 1000, 5000, 1 << 20] {
            for align in [1usize, 8, 16, 64, 4096] {
                let l = Layout::from_size_align(size, align).unwrap();
                // SAFETY: a non-zero layout; the block is freed once.
                unsafe {
                    let p = a.alloc(l);
                    assert!(!p.is_null() && (p as usize).is_multiple_of(align), "{size} {align}");
                    let q = a.realloc(p, l, size * 3);
                    assert!(!q.is_null() && (q as usize).is_multiple_of(align), "{size} {align} realloc");
                    a.dealloc(q, Layout::from_size_align(size * 3, align).unwrap());
                    let z = a.alloc_zeroed(l);
                    assert!(std::slice::from_raw_parts(z, size).iter().all(|b| *b == 0));
                    a.dealloc(z, l);
                }
            }
        }
    }
}
