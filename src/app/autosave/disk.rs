//! Autosaves on the desktop: one file per window in the app's data folder, locked while the
//! window runs, so windows open side by side never offer, overwrite or remove each other's
//! work.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use super::record::{RECOVERY_VERSION, Recovery};
use crate::core::file;

/// Autosave files are `autosave-<time>-<process>.ron`, one per window, each with a `.lock`.
const PREFIX: &str = "autosave-";

/// Holds a window's autosave as its own: a lock on a companion file, kept while the window
/// runs. Other windows leave a locked autosave alone; a crash or kill releases the lock, and
/// the next start offers the work.
struct Claim {
    ron: PathBuf,
    lock_path: PathBuf,
    /// Locked; closing it (also by the system, when the process dies) releases the claim.
    _lock: File,
}

impl Claim {
    /// Takes the claim on `ron`; none when a running window holds it.
    fn take(ron: PathBuf) -> std::io::Result<Option<Self>> {
        let lock_path = ron.with_extension("lock");
        let lock = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)?;
        Ok(match lock.try_lock() {
            // Where the file system cannot lock at all, autosave still works; it just cannot
            // tell a running window's work from a crashed one's.
            Ok(()) | Err(TryLockError::Error(_)) => Some(Self {
                ron,
                lock_path,
                _lock: lock,
            }),
            Err(TryLockError::WouldBlock) => None,
        })
    }

    /// Gives the claim up, removing the autosave and the lock file.
    fn remove(self) {
        // Already gone is fine.
        let _ = std::fs::remove_file(&self.ron);
        let _ = std::fs::remove_file(&self.lock_path);
    }
}

/// This window's autosave file, claimed when it first has something to keep.
pub struct Slot {
    claim: Claim,
}

impl Slot {
    /// Claims a new autosave file in `data_dir`, named so that no other window uses it.
    pub fn claim(data_dir: &Path) -> Result<Self, String> {
        std::fs::create_dir_all(data_dir).map_err(|e| file::io_reason(&e))?;
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let name = format!("{PREFIX}{nanos:020}-{}.ron", std::process::id());
        match Claim::take(data_dir.join(name)) {
            Ok(Some(claim)) => Ok(Self { claim }),
            Ok(None) => Err("another window holds the same autosave file".to_owned()),
            Err(error) => Err(file::io_reason(&error)),
        }
    }

    /// The autosave file.
    pub fn path(&self) -> &Path {
        &self.claim.ron
    }

    /// Writes the recovery record (atomically, so a crash mid-write leaves the previous one).
    pub fn write(&self, recovery: &Recovery) -> Result<(), String> {
        let text = ron::ser::to_string_pretty(recovery, ron::ser::PrettyConfig::default())
            .map_err(|e| e.to_string())?;
        file::write_atomically(&self.claim.ron, text.as_bytes()).map_err(|e| e.to_string())
    }

    /// Removes the recovery record (the work was saved or discarded).
    pub fn clear(&self) {
        // Nothing to do if it is already gone.
        let _ = std::fs::remove_file(&self.claim.ron);
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        // A closing window with nothing left to recover leaves no lock file behind.
        if !self.claim.ron.exists() {
            let _ = std::fs::remove_file(&self.claim.lock_path);
        }
    }
}

/// Unsaved work of a window that is gone, held while the user decides.
pub struct Offer {
    /// The work.
    pub recovery: Recovery,
    claim: Claim,
}

impl Offer {
    /// Makes the offered work `slot`'s: its autosave file becomes the slot's.
    pub fn adopt(self, slot: &Slot) -> Result<(), String> {
        std::fs::rename(&self.claim.ron, slot.path()).map_err(|e| file::io_reason(&e))?;
        self.claim.remove();
        Ok(())
    }

    /// Throws the offered work away.
    pub fn discard(self) {
        self.claim.remove();
    }
}

/// What was found at start.
#[derive(Default)]
pub struct Found {
    /// Unsaved work of a window that is gone (the newest, when there are several).
    pub offer: Option<Box<Offer>>,
    /// Autosave files that cannot be read, moved aside to these paths so nothing is lost.
    pub unreadable: Vec<PathBuf>,
}

/// Looks for unsaved work of windows that are gone (crashed, killed, or closed with their
/// work only autosaved). Work of windows still running is left alone.
pub fn find(data_dir: &Path) -> Found {
    let mut found = Found::default();
    let Ok(entries) = std::fs::read_dir(data_dir) else {
        return found;
    };
    let mut names: Vec<String> = entries
        .filter_map(Result::ok)
        .filter_map(|entry| entry.file_name().into_string().ok())
        .filter(|name| name.starts_with(PREFIX) && !name.contains(".unreadable."))
        .collect();
    // Newest first: the names start with the time the window first autosaved.
    names.sort_unstable_by(|a, b| b.cmp(a));
    for name in names {
        let path = data_dir.join(&name);
        if let Some(stem) = name.strip_suffix(".lock") {
            // A lock whose window is gone and left no work: nothing to keep.
            if !data_dir.join(format!("{stem}.ron")).exists()
                && let Ok(Some(claim)) = Claim::take(data_dir.join(format!("{stem}.ron")))
            {
                claim.remove();
            }
            continue;
        }
        if !name.ends_with(".ron") {
            continue;
        }
        let Ok(Some(claim)) = Claim::take(path.clone()) else {
            continue; // A running window's (or one this folder does not let us lock).
        };
        let recovery = std::fs::read_to_string(&path)
            .ok()
            .and_then(|text| ron::from_str::<Recovery>(&text).ok())
            .filter(|recovery| recovery.format_version == RECOVERY_VERSION);
        match recovery {
            // One offer at a time; the others wait for the next (their claims are let go).
            Some(recovery) if found.offer.is_none() => {
                found.offer = Some(Box::new(Offer { recovery, claim }));
            }
            Some(_) => {}
            None => {
                let aside = path.with_extension("unreadable.ron");
                match std::fs::rename(&path, &aside) {
                    Ok(()) => {
                        found.unreadable.push(aside);
                        claim.remove();
                    }
                    Err(_) => found.unreadable.push(path),
                }
            }
        }
    }
    found
}
