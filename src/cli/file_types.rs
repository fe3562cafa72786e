//! Double-click to open on Windows: `skenario --register-file-types` writes, for the user
//! alone (HKEY_CURRENT_USER\Software\Classes, no administrator needed), that `.ron` files open
//! with this `.exe`; `--unregister-file-types` takes it back. Windows names a file's type by
//! its last extension only, so both `.case.ron` and `.scenario.ron` are `.ron` to it.
//!
//! On Linux the same is done by `install.sh` (a shared-mime-info type and the desktop entry).

use std::io;
use std::path::Path;
use std::process::ExitCode;

use super::output::{EXIT_PROBLEMS, Output};

/// The program id the `.ron` extension points to.
pub const PROG_ID: &str = "Skenario.File";
/// The extension Windows knows Skenario's files by.
const EXTENSION: &str = ".ron";
/// Where a user's own file types live.
const CLASSES: &str = r"Software\Classes";

/// One registry value: a key under HKEY_CURRENT_USER, the value's name (none: the key's
/// default value) and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegistryValue {
    /// The key, under HKEY_CURRENT_USER.
    pub key: String,
    /// The value's name; `None` is the key's default value.
    pub name: Option<String>,
    /// The text it holds.
    pub data: String,
}

fn value(key: String, name: Option<&str>, data: String) -> RegistryValue {
    RegistryValue {
        key,
        name: name.map(str::to_owned),
        data,
    }
}

/// What registering writes, for the program at `exe` (a Windows path).
pub fn registration(exe: &Path) -> Vec<RegistryValue> {
    let exe = exe.display();
    let prog = format!(r"{CLASSES}\{PROG_ID}");
    let extension = format!(r"{CLASSES}\{EXTENSION}");
    vec![
        value(prog.clone(), None, "Skenario case or scenario".to_owned()),
        value(format!(r"{prog}\DefaultIcon"), None, format!("\"{exe}\",0")),
        value(
            format!(r"{prog}\shell\open\command"),
            None,
            format!("\"{exe}\" \"%1\""),
        ),
        value(extension.clone(), None, PROG_ID.to_owned()),
        value(
            format!(r"{extension}\OpenWithProgids"),
            Some(PROG_ID),
            String::new(),
        ),
    ]
}

/// `--register-file-types`: writes `registration` for this `.exe`, then tells Explorer.
pub fn register(io: &mut Output<'_>) -> io::Result<ExitCode> {
    let exe = match std::env::current_exe() {
        Ok(exe) => exe,
        Err(error) => {
            writeln!(
                io.err,
                "skenario: cannot tell where this program is: {error}"
            )?;
            return Ok(ExitCode::from(EXIT_PROBLEMS));
        }
    };
    match registry::write(&registration(&exe)) {
        Ok(()) => {
            writeln!(
                io.out,
                "{EXTENSION} files (cases and scenarios) now open with {} when double-clicked",
                exe.display()
            )?;
            Ok(ExitCode::SUCCESS)
        }
        Err(reason) => {
            writeln!(io.err, "skenario: cannot register the file types: {reason}")?;
            Ok(ExitCode::from(EXIT_PROBLEMS))
        }
    }
}

/// `--unregister-file-types`: removes what `register` wrote (and `.ron`'s default only while
/// it is still Skenario's).
pub fn unregister(io: &mut Output<'_>) -> io::Result<ExitCode> {
    match registry::remove() {
        Ok(()) => {
            writeln!(io.out, "{EXTENSION} files no longer open with Skenario")?;
            Ok(ExitCode::SUCCESS)
        }
        Err(reason) => {
            writeln!(
                io.err,
                "skenario: cannot unregister the file types: {reason}"
            )?;
            Ok(ExitCode::from(EXIT_PROBLEMS))
        }
    }
}

/// The user's registry hive, through the Windows API.
#[cfg(windows)]
#[expect(unsafe_code, reason = "calls into the Windows registry API")]
mod registry {
    use std::ptr;

    use windows_sys::Win32::Foundation::{ERROR_FILE_NOT_FOUND, ERROR_SUCCESS, WIN32_ERROR};
    use windows_sys::Win32::System::Registry::{
        HKEY_CURRENT_USER, REG_SZ, RRF_RT_REG_SZ, RegDeleteKeyValueW, RegDeleteTreeW, RegGetValueW,
        RegSetKeyValueW,
    };
    use windows_sys::Win32::UI::Shell::{SHCNE_ASSOCCHANGED, SHCNF_IDLIST, SHChangeNotify};

    use super::{CLASSES, EXTENSION, PROG_ID, RegistryValue};

    /// `text` as a NUL-terminated UTF-16 string.
    fn wide(text: &str) -> Vec<u16> {
        text.encode_utf16().chain(Some(0)).collect()
    }

    fn reason(code: WIN32_ERROR) -> String {
        let error = std::io::Error::from_raw_os_error(code.cast_signed());
        crate::core::file::io_reason(&error)
    }

    pub(super) fn write(values: &[RegistryValue]) -> Result<(), String> {
        for value in values {
            let key = wide(&value.key);
            let name = value.name.as_deref().map(wide);
            let data = wide(&value.data);
            let bytes =
                u32::try_from(data.len() * 2).map_err(|_| "a value is too long".to_owned())?;
            // SAFETY: every pointer is to a NUL-terminated UTF-16 buffer that lives through
            // the call, and `bytes` is the data buffer's length in bytes.
            let code = unsafe {
                RegSetKeyValueW(
                    HKEY_CURRENT_USER,
                    key.as_ptr(),
                    name.as_ref().map_or(ptr::null(), Vec::as_ptr),
                    REG_SZ,
                    data.as_ptr().cast(),
                    bytes,
                )
            };
            if code != ERROR_SUCCESS {
                return Err(format!(
                    r"HKEY_CURRENT_USER\{}: {}",
                    value.key,
                    reason(code)
                ));
            }
        }
        tell_explorer();
        Ok(())
    }

    pub(super) fn remove() -> Result<(), String> {
        let prog = wide(&format!(r"{CLASSES}\{PROG_ID}"));
        // SAFETY: a NUL-terminated UTF-16 key name that lives through the call.
        let code = unsafe { RegDeleteTreeW(HKEY_CURRENT_USER, prog.as_ptr()) };
        if code != ERROR_SUCCESS && code != ERROR_FILE_NOT_FOUND {
            return Err(format!(
                r"HKEY_CURRENT_USER\{CLASSES}\{PROG_ID}: {}",
                reason(code)
            ));
        }
        let extension = format!(r"{CLASSES}\{EXTENSION}");
        let with = wide(&format!(r"{extension}\OpenWithProgids"));
        let prog_id = wide(PROG_ID);
        // SAFETY: as above; a missing value is fine.
        unsafe { RegDeleteKeyValueW(HKEY_CURRENT_USER, with.as_ptr(), prog_id.as_ptr()) };
        if default_of(&extension).as_deref() == Some(PROG_ID) {
            let key = wide(&extension);
            // SAFETY: as above; a null value name is the key's default value.
            unsafe { RegDeleteKeyValueW(HKEY_CURRENT_USER, key.as_ptr(), ptr::null()) };
        }
        tell_explorer();
        Ok(())
    }

    /// The default value of `key`, if it is a short text.
    fn default_of(key: &str) -> Option<String> {
        let key = wide(key);
        let mut buffer = [0u16; 64];
        let mut bytes = u32::try_from(size_of_val(&buffer)).ok()?;
        // SAFETY: `buffer` holds `bytes` bytes and outlives the call; the key name is
        // NUL-terminated.
        let code = unsafe {
            RegGetValueW(
                HKEY_CURRENT_USER,
                key.as_ptr(),
                ptr::null(),
                RRF_RT_REG_SZ,
                ptr::null_mut(),
                buffer.as_mut_ptr().cast(),
                &raw mut bytes,
            )
        };
        let units = usize::try_from(bytes).ok()? / 2;
        let text = buffer.get(..units)?;
        (code == ERROR_SUCCESS).then(|| {
            String::from_utf16_lossy(text)
                .trim_end_matches('\0')
                .to_owned()
        })
    }

    /// Explorer rereads file types when told they changed.
    fn tell_explorer() {
        // SAFETY: the event takes no items (both null).
        unsafe {
            SHChangeNotify(
                SHCNE_ASSOCCHANGED.cast_signed(),
                SHCNF_IDLIST,
                ptr::null(),
                ptr::null(),
            );
        }
    }
}

/// Elsewhere there is no registry: the file types come with `install.sh`.
#[cfg(not(windows))]
mod registry {
    use super::RegistryValue;

    const ELSEWHERE: &str = "the registry is Windows'; on Linux run install.sh from the release \
                             (scripts/install.sh in a checkout)";

    pub(super) fn write(_: &[RegistryValue]) -> Result<(), String> {
        Err(ELSEWHERE.to_owned())
    }

    pub(super) fn remove() -> Result<(), String> {
        Err(ELSEWHERE.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;

    #[test]
    fn the_extension_opens_the_exe_with_the_file_quoted() {
        let exe = PathBuf::from(r"C:\Program Files\Skenario ñ\skenario.exe");
        let values = registration(&exe);
        let command = values
            .iter()
            .find(|v| v.key == r"Software\Classes\Skenario.File\shell\open\command")
            .map(|v| v.data.clone());
        assert_eq!(
            command.as_deref(),
            Some(r#""C:\Program Files\Skenario ñ\skenario.exe" "%1""#)
        );
        assert!(values.contains(&RegistryValue {
            key: r"Software\Classes\.ron".to_owned(),
            name: None,
            data: PROG_ID.to_owned(),
        }));
        assert!(
            values
                .iter()
                .all(|v| v.key.starts_with(r"Software\Classes\"))
        );
    }
}
