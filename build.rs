//! Build script: rebuilds the crate when a file of the default theme, which
//! the binary embeds (`render/theme/embedded.rs`), is added or removed.
//! `include_dir!` has the compiler track the files it embeds, not the folder,
//! so a new template would otherwise not reach the binary until something
//! else changed.

fn main() {
    // A folder here is scanned whole for changes.
    println!("cargo::rerun-if-changed=themes/default");
}
