//! Autosaves in the browser: the page's local storage, one key per tab (`<prefix>-<time>`),
//! offered again after a reload or a crash; drafts of tabs still open are left alone
//! (`tabs.rs`). The same `Slot`, `Offer`, `Found` and `find` as the desktop's files
//! (`autosave/disk.rs`). Recovered work comes back into the window as unsaved, where it can be
//! downloaded; nothing stays only in the browser's storage. Also the window's preferences, kept
//! as soon as they change.

use std::path::{Path, PathBuf};

use super::tabs;
use crate::app::autosave::record::{RECOVERY_VERSION, Recovery};
use crate::app::settings::{SETTINGS_KEY, Settings};

/// Keys of drafts that could not be read are kept under this ending.
const UNREADABLE: &str = ".unreadable";

fn storage() -> Result<web_sys::Storage, String> {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or_else(|| "this browser keeps no storage for the page (a private window?)".to_owned())
}

/// This tab's draft, under a key no other tab uses.
pub struct Slot {
    key: String,
}

impl Slot {
    /// A new key under `prefix`, held as this tab's while it runs.
    pub fn claim(prefix: &Path) -> Result<Self, String> {
        storage()?;
        // Milliseconds since 1970, as a whole number: keys sort by the time they were made.
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "a date in ms"
        )]
        let millis = js_sys::Date::now().max(0.0) as u64;
        let key = format!("{}-{millis:015}", prefix.display());
        tabs::hold(&key);
        Ok(Self { key })
    }

    /// Writes the recovery record.
    pub fn write(&self, recovery: &Recovery) -> Result<(), String> {
        let text = ron::ser::to_string_pretty(recovery, ron::ser::PrettyConfig::default())
            .map_err(|e| e.to_string())?;
        storage()?.set_item(&self.key, &text).map_err(|_| {
            "the browser's storage for this page is full or refused the draft".to_owned()
        })
    }

    /// Removes the recovery record (the work was saved or discarded).
    pub fn clear(&self) {
        remove(&self.key);
    }
}

/// Unsaved work of a tab that is gone, held while the user decides.
pub struct Offer {
    /// The work.
    pub recovery: Recovery,
    key: String,
}

impl Offer {
    /// Makes the offered work `slot`'s.
    pub fn adopt(self, slot: &Slot) -> Result<(), String> {
        let storage = storage()?;
        let text = storage
            .get_item(&self.key)
            .ok()
            .flatten()
            .ok_or_else(|| "the draft is no longer in the browser's storage".to_owned())?;
        storage
            .set_item(&slot.key, &text)
            .map_err(|_| "the browser's storage refused the draft".to_owned())?;
        storage.remove_item(&self.key).ok();
        Ok(())
    }

    /// Throws the offered work away.
    pub fn discard(self) {
        remove(&self.key);
    }
}

/// What was found at start.
#[derive(Default)]
pub struct Found {
    /// The newest draft left by a tab that is gone.
    pub offer: Option<Box<Offer>>,
    /// Drafts that cannot be read, kept under these keys so nothing is lost (File → Download
    /// unreadable drafts gives copies).
    pub unreadable: Vec<PathBuf>,
}

/// The text kept under `key`, if it is still there.
pub fn kept_text(key: &Path) -> Option<String> {
    storage()
        .ok()?
        .get_item(&key.display().to_string())
        .ok()
        .flatten()
}

/// Removes what is kept under `key` (unreadable drafts the user chose to delete).
pub fn forget(key: &Path) {
    remove(&key.display().to_string());
}

fn remove(key: &str) {
    if let Ok(storage) = storage() {
        storage.remove_item(key).ok();
    }
}

/// Looks for drafts under `prefix` left by tabs that are gone, newest first.
pub fn find(prefix: &Path) -> Found {
    let mut found = Found::default();
    let Ok(storage) = storage() else {
        return found;
    };
    let start = format!("{}-", prefix.display());
    let count = storage.length().unwrap_or(0);
    let (set_aside, mut keys): (Vec<String>, Vec<String>) = (0..count)
        .filter_map(|at| storage.key(at).ok().flatten())
        .filter(|key| key.starts_with(&start) && !tabs::is_open_elsewhere(key))
        .partition(|key| key.ends_with(UNREADABLE));
    // Drafts set aside on an earlier start are still only here: named again every time.
    found
        .unreadable
        .extend(set_aside.into_iter().map(PathBuf::from));
    keys.sort_unstable_by(|a, b| b.cmp(a));
    for key in keys {
        let text = storage.get_item(&key).ok().flatten().unwrap_or_default();
        let recovery = ron::from_str::<Recovery>(&text)
            .ok()
            .filter(|recovery| recovery.format_version == RECOVERY_VERSION);
        match recovery {
            Some(recovery) if found.offer.is_none() => {
                found.offer = Some(Box::new(Offer { recovery, key }));
            }
            Some(_) => {}
            None => {
                let aside = format!("{key}{UNREADABLE}");
                if storage.set_item(&aside, &text).is_ok() {
                    storage.remove_item(&key).ok();
                    found.unreadable.push(PathBuf::from(aside));
                } else {
                    found.unreadable.push(PathBuf::from(key));
                }
            }
        }
    }
    found
}

/// Writes the window's preferences to the page's storage when they changed since `kept`,
/// under the key and in the form eframe reads them back at start (RON). eframe itself saves
/// only every 30 seconds, and not when the page closes, so a change followed by a reload
/// would be lost.
pub fn keep_settings(kept: &mut Option<Settings>, settings: &Settings) {
    if kept.as_ref() == Some(settings) {
        return;
    }
    if let Ok(text) = ron::ser::to_string(settings) {
        eframe::web::storage::local_storage_set(SETTINGS_KEY, &text);
        *kept = Some(settings.clone());
    }
}
