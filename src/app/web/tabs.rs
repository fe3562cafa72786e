//! Which drafts belong to tabs that are still open. Each tab holds a Web Lock named after its
//! draft's key for as long as it runs; the browser lets go of it when the tab closes, reloads or
//! crashes. At start the page asks which locks are held and leaves those drafts alone, as the
//! desktop leaves a running window's autosave alone. Where the browser has no Web Locks (a page
//! served over plain `http` from another machine), every draft counts as left behind.

use std::cell::RefCell;
use std::collections::BTreeSet;

use wasm_bindgen::JsCast as _;
use wasm_bindgen::prelude::{Closure, JsValue, wasm_bindgen};
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    /// The page's `navigator.locks`.
    type LockManager;

    #[wasm_bindgen(method)]
    fn query(this: &LockManager) -> js_sys::Promise;

    #[wasm_bindgen(method)]
    fn request(this: &LockManager, name: &str, callback: &JsValue) -> js_sys::Promise;
}

thread_local! {
    /// The names of the locks other tabs held when this one started.
    static HELD_ELSEWHERE: RefCell<BTreeSet<String>> = const { RefCell::new(BTreeSet::new()) };
}

/// How long to wait before asking again when a draft's lock looks held: a tab that has just
/// reloaded can start before the browser has let go of the lock its last page held.
const RECHECK_MS: i32 = 300;

fn locks() -> Option<LockManager> {
    let navigator = web_sys::window()?.navigator();
    let locks = js_sys::Reflect::get(&navigator, &JsValue::from_str("locks")).ok()?;
    (!locks.is_undefined() && !locks.is_null()).then(|| locks.unchecked_into())
}

/// Where the page keeps the question it asked while the `.wasm` loaded (`web/index.html`).
const ASKED_BY_THE_PAGE: &str = "skenarioHeldLocks";

/// Learns which of the drafts under `prefix` belong to tabs still open (`stored` tells
/// whether a draft is in storage under a key). Called once, before the window starts; takes
/// the answer to the page's own question when it asked one, so the window need not wait for
/// it, and asks again when that answer names a stored draft.
pub async fn learn(prefix: &str, stored: impl Fn(&str) -> bool) {
    let Some(locks) = locks() else {
        return;
    };
    let first = asked_by_the_page().unwrap_or_else(|| locks.query());
    let mut held = held_locks(first, prefix).await;
    if held.iter().any(|key| stored(key)) {
        sleep(RECHECK_MS).await;
        held = held_locks(locks.query(), prefix).await;
    }
    HELD_ELSEWHERE.with(|known| *known.borrow_mut() = held);
}

/// Whether the draft under `key` belongs to a tab that was open when this one started.
pub fn is_open_elsewhere(key: &str) -> bool {
    HELD_ELSEWHERE.with(|known| known.borrow().contains(key))
}

/// Holds the lock named `key` until this tab closes, so other tabs leave its draft alone.
pub fn hold(key: &str) {
    let Some(locks) = locks() else {
        return;
    };
    // The lock is held until the promise the callback returns settles: this one never does.
    let keep = Closure::once_into_js(|| -> JsValue { js_sys::Promise::new(&mut |_, _| {}).into() });
    // The promise `request` returns settles only when the lock goes, with the tab.
    let _held_until_the_tab_goes = locks.request(key, &keep);
}

/// The question about held locks the page asked before the `.wasm` ran, if it asked one.
fn asked_by_the_page() -> Option<js_sys::Promise> {
    let window = web_sys::window()?;
    js_sys::Reflect::get(&window, &JsValue::from_str(ASKED_BY_THE_PAGE))
        .ok()?
        .dyn_into()
        .ok()
}

/// The names of held locks that start with `prefix`, from the answer to a `query`.
async fn held_locks(query: js_sys::Promise, prefix: &str) -> BTreeSet<String> {
    let Ok(snapshot) = JsFuture::from(query).await else {
        return BTreeSet::new();
    };
    let held = js_sys::Reflect::get(&snapshot, &JsValue::from_str("held"))
        .ok()
        .and_then(|held| held.dyn_into::<js_sys::Array>().ok());
    held.map(|held| {
        held.iter()
            .filter_map(|lock| js_sys::Reflect::get(&lock, &JsValue::from_str("name")).ok())
            .filter_map(|name| name.as_string())
            .filter(|name| name.starts_with(prefix))
            .collect()
    })
    .unwrap_or_default()
}

/// Waits `ms` milliseconds.
async fn sleep(ms: i32) {
    let wait = js_sys::Promise::new(&mut |resolve, _| {
        let timer = web_sys::window().and_then(|window| {
            window
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
                .ok()
        });
        if timer.is_none() {
            resolve.call0(&JsValue::NULL).ok();
        }
    });
    JsFuture::from(wait).await.ok();
}
