//! Rebuild the app when a translation or the stylesheet changes: both are compiled into the binary.
fn main() {
    println!("cargo:rerun-if-changed=../locales");
    println!("cargo:rerun-if-changed=../style");
}
