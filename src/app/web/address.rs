//! The page's address and title: its fragment names the open scenario (`#case=…&ceasefire=yes`).
//! Following the conditions replaces the fragment without adding steps to the browser's
//! history; a fragment typed or pasted by hand wakes the window, which opens it.

use wasm_bindgen::JsCast as _;
use wasm_bindgen::prelude::Closure;

use crate::app::sharing::Address;

/// The page's URL.
pub struct PageAddress;

impl PageAddress {
    /// The page's address; `ctx` is woken whenever someone changes the fragment.
    pub fn new(ctx: &egui::Context) -> Self {
        let ctx = ctx.clone();
        let wake = Closure::<dyn FnMut()>::new(move || ctx.request_repaint());
        if let Some(window) = web_sys::window() {
            window
                .add_event_listener_with_callback("hashchange", wake.as_ref().unchecked_ref())
                .ok();
        }
        // The listener lives as long as the page.
        wake.forget();
        Self
    }
}

impl Address for PageAddress {
    fn fragment(&self) -> String {
        web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .unwrap_or_default()
    }

    fn show(&mut self, fragment: &str) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let location = window.location();
        let url = if fragment.is_empty() {
            let path = location.pathname().unwrap_or_default();
            let search = location.search().unwrap_or_default();
            format!("{path}{search}")
        } else {
            format!("#{fragment}")
        };
        if let Ok(history) = window.history() {
            history
                .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
                .ok();
        }
    }

    fn name(&mut self, title: &str) {
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            document.set_title(title);
        }
    }

    fn link(&self) -> String {
        web_sys::window()
            .and_then(|w| w.location().href().ok())
            .unwrap_or_default()
    }
}
