//! Plain words for what went wrong with the disk.

use std::io;

/// Windows also says "access denied" when a file another program has open cannot be replaced.
#[cfg(windows)]
const PERMISSION_DENIED: &str = "permission denied (or another program has the file open)";
#[cfg(not(windows))]
const PERMISSION_DENIED: &str = "permission denied";

/// Plain words for an I/O error, without Rust's "(os error 2)" suffix.
pub fn io_reason(error: &io::Error) -> String {
    if held_open_elsewhere(error) {
        return "another program has the file open; close it there and try again".to_owned();
    }
    match error.kind() {
        io::ErrorKind::NotFound => "no such file or folder".to_owned(),
        io::ErrorKind::PermissionDenied => PERMISSION_DENIED.to_owned(),
        io::ErrorKind::ReadOnlyFilesystem => "the disk is read-only".to_owned(),
        io::ErrorKind::StorageFull => "the disk is full".to_owned(),
        io::ErrorKind::IsADirectory => "this is a folder, not a file".to_owned(),
        _ => {
            let text = error.to_string();
            text.split(" (os error")
                .next()
                .unwrap_or(&text)
                .to_lowercase()
        }
    }
}

/// Windows refuses to replace or remove a file another program holds open (a handout open in
/// a browser or a word processor): a sharing or lock violation. The file is left as it was.
#[cfg(windows)]
fn held_open_elsewhere(error: &io::Error) -> bool {
    /// ERROR_SHARING_VIOLATION and ERROR_LOCK_VIOLATION.
    const HELD: [i32; 2] = [32, 33];
    error
        .raw_os_error()
        .is_some_and(|code| HELD.contains(&code))
}

/// Elsewhere an open file can be replaced (the other program keeps the old one).
#[cfg(not(windows))]
fn held_open_elsewhere(_: &io::Error) -> bool {
    false
}
