//! The language the browser asks pages for.

/// `navigator.language`, such as `id-ID`.
pub fn language() -> Option<String> {
    web_sys::window()?.navigator().language()
}
