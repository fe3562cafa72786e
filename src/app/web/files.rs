//! Files the browser's way: the page's file picker and dropped files are read into memory;
//! what is saved or exported goes to the browser's downloads.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

use wasm_bindgen::JsCast as _;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen_futures::JsFuture;

/// A file read from the picker or a drop, or why it could not be.
#[derive(Debug)]
pub enum Picked {
    /// The file's name and bytes.
    Chosen {
        /// Its name (the browser gives no folder).
        name: String,
        /// What it holds.
        bytes: Arc<[u8]>,
    },
    /// The picker was closed without a file.
    Cancelled,
    /// The browser could not read the file (its name, and why).
    Failed(String, String),
}

/// Where files arrive once the browser has read them; the window is woken for each.
#[derive(Clone, Default)]
pub struct Inbox(Rc<RefCell<Vec<Picked>>>);

impl Inbox {
    /// What arrived since the last look, oldest first.
    pub fn take(&self) -> Vec<Picked> {
        std::mem::take(&mut *self.0.borrow_mut())
    }

    fn deliver(&self, picked: Picked, ctx: &egui::Context) {
        self.0.borrow_mut().push(picked);
        ctx.request_repaint();
    }
}

/// Opens the page's file picker for `accept` (such as `.ron`); what is chosen arrives in
/// `inbox`. The browser shows the picker only right after a click or key press, which is when
/// the menus ask for it.
pub fn pick(accept: &str, inbox: &Inbox, ctx: &egui::Context) -> Result<(), String> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| "the page has no document".to_owned())?;
    let input = document
        .create_element("input")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        .ok_or_else(|| "the page cannot make a file picker".to_owned())?;
    input.set_type("file");
    input.set_accept(accept);
    let (chosen_inbox, chosen_ctx, chosen_input) = (inbox.clone(), ctx.clone(), input.clone());
    let on_change =
        Closure::once_into_js(
            move || match chosen_input.files().and_then(|files| files.get(0)) {
                Some(file) => read(file, chosen_inbox, chosen_ctx),
                None => chosen_inbox.deliver(Picked::Cancelled, &chosen_ctx),
            },
        );
    let (cancel_inbox, cancel_ctx) = (inbox.clone(), ctx.clone());
    let on_cancel =
        Closure::once_into_js(move || cancel_inbox.deliver(Picked::Cancelled, &cancel_ctx));
    input
        .add_event_listener_with_callback("change", on_change.unchecked_ref())
        .and_then(|()| input.add_event_listener_with_callback("cancel", on_cancel.unchecked_ref()))
        .map_err(|_| "the page cannot listen to its file picker".to_owned())?;
    input.click();
    Ok(())
}

/// Reads a file dropped on the page into `inbox`.
pub fn read_dropped(file: &egui::DroppedFileHandle, inbox: &Inbox, ctx: &egui::Context) {
    let (file, inbox, ctx) = (Arc::clone(file), inbox.clone(), ctx.clone());
    wasm_bindgen_futures::spawn_local(async move {
        let name = file.path().to_string_lossy().into_owned();
        let picked = match file.bytes_async().await {
            Ok(bytes) => Picked::Chosen {
                name,
                bytes: bytes.into(),
            },
            Err(reason) => Picked::Failed(name, reason),
        };
        inbox.deliver(picked, &ctx);
    });
}

/// Reads a picked file's bytes into `inbox`.
fn read(file: web_sys::File, inbox: Inbox, ctx: egui::Context) {
    wasm_bindgen_futures::spawn_local(async move {
        let picked = match JsFuture::from(file.array_buffer()).await {
            Ok(buffer) => Picked::Chosen {
                name: file.name(),
                bytes: js_sys::Uint8Array::new(&buffer).to_vec().into(),
            },
            Err(_) => Picked::Failed(file.name(), "the browser could not read it".to_owned()),
        };
        inbox.deliver(picked, &ctx);
    });
}

/// Hands `text` to the browser's downloads as `file_name`.
pub fn download(file_name: &str, text: &str, mime: &str) -> Result<(), String> {
    let failed = |_| "the browser refused the download".to_owned();
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| "the page has no document".to_owned())?;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(failed)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(failed)?;
    let anchor = document
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .ok_or_else(|| "the page cannot make a download link".to_owned())?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    // The download has started by the time this runs; until then the address must live.
    let revoke = Closure::once_into_js(move || {
        web_sys::Url::revoke_object_url(&url).ok();
    });
    web_sys::window().and_then(|w| {
        w.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 60_000)
            .ok()
    });
    Ok(())
}
