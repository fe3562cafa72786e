//! Before the crate compiles: the commit `skenario --version` names, and, for a Windows
//! target, the icon put into the `.exe` (what Explorer and the taskbar show).
//!
//! It reruns only when this file, the icon or the checked-out commit changes, so ordinary
//! builds do not pay for it.

use std::env;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rustc-env=SKENARIO_COMMIT={}", commit());
    if env::var("CARGO_CFG_TARGET_OS").is_ok_and(|os| os == "windows")
        && let Err(why) = embed_icon()
    {
        println!("cargo:warning=the .exe gets no icon: {why}");
    }
}

/// The short hash of the checked-out commit, or `unknown` outside a git checkout (a source
/// tarball, a crate from crates.io).
fn commit() -> String {
    let Some(hash) = git(&["rev-parse", "--short", "HEAD"]) else {
        return "unknown".to_owned();
    };
    // Rerun when HEAD moves: the HEAD file itself, the branch it names, and packed refs.
    for name in ["HEAD", "packed-refs"] {
        if let Some(path) = git(&["rev-parse", "--git-path", name]) {
            println!("cargo:rerun-if-changed={path}");
        }
    }
    if let Some(branch) = git(&["symbolic-ref", "-q", "HEAD"])
        && let Some(path) = git(&["rev-parse", "--git-path", &branch])
    {
        println!("cargo:rerun-if-changed={path}");
    }
    hash
}

fn git(args: &[&str]) -> Option<String> {
    let output = Command::new("git").args(args).output().ok()?;
    let text = String::from_utf8(output.stdout).ok()?;
    let text = text.trim();
    (output.status.success() && !text.is_empty()).then(|| text.to_owned())
}

/// Wraps `assets/icon.png` in an `.ico` (Windows Vista and later read a PNG inside one),
/// compiles a one-line resource script with the mingw-w64 `windres`, and links the result.
fn embed_icon() -> Result<(), String> {
    let png_path = Path::new("assets/icon.png");
    println!("cargo:rerun-if-changed={}", png_path.display());
    println!("cargo:rerun-if-env-changed=WINDRES");
    let png = fs::read(png_path).map_err(|e| format!("cannot read {}: {e}", png_path.display()))?;
    let out = PathBuf::from(env::var("OUT_DIR").map_err(|e| format!("no OUT_DIR: {e}"))?);
    let ico = out.join("skenario.ico");
    fs::write(&ico, ico_from_png(&png)?).map_err(|e| format!("cannot write the icon: {e}"))?;
    let script = out.join("icon.rc");
    let ico_name = ico.to_string_lossy().replace('\\', "/");
    fs::write(&script, format!("1 ICON \"{ico_name}\"\n"))
        .map_err(|e| format!("cannot write the resource script: {e}"))?;
    let object = out.join("icon.o");
    let windres = env::var("WINDRES").unwrap_or_else(|_| {
        let host_is_windows = env::var("HOST").is_ok_and(|host| host.contains("windows"));
        if host_is_windows {
            "windres"
        } else {
            "x86_64-w64-mingw32-windres"
        }
        .to_owned()
    });
    let status = Command::new(&windres)
        .arg("--input")
        .arg(&script)
        .args(["--output-format=coff", "--output"])
        .arg(&object)
        .status()
        .map_err(|e| format!("cannot run `{windres}` (install mingw-w64's binutils): {e}"))?;
    if !status.success() {
        return Err(format!("`{windres}` failed ({status})"));
    }
    println!("cargo:rustc-link-arg-bins={}", object.display());
    Ok(())
}

/// An `.ico` holding one 256×256 PNG image: the 6-byte header, one 16-byte entry, the PNG.
fn ico_from_png(png: &[u8]) -> Result<Vec<u8>, String> {
    let size = u32::try_from(png.len()).map_err(|_| "the icon is too large".to_owned())?;
    let mut ico = Vec::with_capacity(png.len() + 22);
    ico.extend_from_slice(&[0, 0, 1, 0, 1, 0]); // reserved, type 1 (icon), one image
    ico.extend_from_slice(&[0, 0, 0, 0]); // width and height 0 mean 256; no palette
    ico.extend_from_slice(&1u16.to_le_bytes()); // colour planes
    ico.extend_from_slice(&32u16.to_le_bytes()); // bits per pixel
    ico.extend_from_slice(&size.to_le_bytes());
    ico.extend_from_slice(&22u32.to_le_bytes()); // the image starts after header and entry
    ico.extend_from_slice(png);
    Ok(ico)
}
