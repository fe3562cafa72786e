//! The site the page is served from: its list of lessons and each lesson's files, fetched from
//! the page's own origin only (relative addresses, and requests the browser refuses to send
//! anywhere else). What arrives waits in an inbox, and the window is woken for it.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast as _;
use wasm_bindgen_futures::JsFuture;

use crate::core::file::lessons::{
    self, LESSON_LIST, LESSONS_FOLDER, LessonList, SiteError, SiteProblem, is_lesson_id,
};
use crate::core::limits::MAX_FILE_BYTES;
use crate::core::link::{Link, Target};

/// What came back from the site.
pub enum Arrived {
    /// The site's list of lessons; none when the site has none.
    List(Result<Option<LessonList>, SiteError>),
    /// A lesson a link named, as the text of its case holding its article, or why it could not
    /// be fetched.
    Lesson {
        /// The link that named it.
        link: Link,
        /// The case's text.
        text: Result<String, SiteError>,
    },
}

/// Where the site's answers arrive.
#[derive(Clone, Default)]
pub struct SiteInbox(Rc<RefCell<Vec<Arrived>>>);

impl SiteInbox {
    /// What arrived since the last look, oldest first.
    pub fn take(&self) -> Vec<Arrived> {
        std::mem::take(&mut *self.0.borrow_mut())
    }

    fn deliver(&self, arrived: Arrived, ctx: &egui::Context) {
        self.0.borrow_mut().push(arrived);
        ctx.request_repaint();
    }
}

/// Asks the site for its list of lessons.
pub fn fetch_list(inbox: &SiteInbox, ctx: &egui::Context) {
    let (inbox, ctx) = (inbox.clone(), ctx.clone());
    wasm_bindgen_futures::spawn_local(async move {
        let file = format!("{LESSONS_FOLDER}/{LESSON_LIST}");
        let list = match fetch_text(&file).await {
            Ok(text) => LessonList::from_json(&text).map(Some).ok_or(SiteError {
                file,
                problem: SiteProblem::BadList,
            }),
            Err(SiteError {
                problem: SiteProblem::NotThere,
                ..
            }) => Ok(None),
            Err(error) => Err(error),
        };
        inbox.deliver(Arrived::List(list), &ctx);
    });
}

/// Asks the site for the lesson `link` names (when its list has it), and the article its case
/// names beside it.
pub fn fetch_lesson(link: Link, inbox: &SiteInbox, ctx: &egui::Context) {
    let (inbox, ctx) = (inbox.clone(), ctx.clone());
    wasm_bindgen_futures::spawn_local(async move {
        let text = lesson_text(&link).await;
        inbox.deliver(Arrived::Lesson { link, text }, &ctx);
    });
}

/// The lesson's case, holding its article; a case that cannot be read comes back as it is, to
/// be checked (and its problems shown) as a link's case is.
async fn lesson_text(link: &Link) -> Result<String, SiteError> {
    let id = match &link.target {
        Some(Target::Lesson(id)) => id.as_str(),
        _ => "",
    };
    if !is_lesson_id(id) {
        return Err(SiteError {
            file: id.to_owned(),
            problem: SiteProblem::BadId,
        });
    }
    // Only a lesson the site lists is asked for: a link naming another is answered from the
    // list, without a request that can only fail.
    let list_file = format!("{LESSONS_FOLDER}/{LESSON_LIST}");
    let listed = LessonList::from_json(&fetch_text(&list_file).await?).ok_or(SiteError {
        file: list_file,
        problem: SiteProblem::BadList,
    })?;
    let case_file = format!("{LESSONS_FOLDER}/{id}.case.ron");
    let Some(lesson) = listed.lessons.iter().find(|lesson| lesson.id == id) else {
        return Err(SiteError {
            file: case_file,
            problem: SiteProblem::NotThere,
        });
    };
    if !is_lesson_id(&lesson.file) {
        return Err(SiteError {
            file: lesson.file.clone(),
            problem: SiteProblem::BadId,
        });
    }
    let case = fetch_text(&format!("{LESSONS_FOLDER}/{}", lesson.file)).await?;
    let Ok(Some(name)) = lessons::lesson_article_name(&case) else {
        return Ok(case);
    };
    let article = fetch_text(&format!("{LESSONS_FOLDER}/{name}")).await?;
    Ok(lessons::lesson_with_article(&case, &article).unwrap_or(case))
}

/// The text of the file at `relative` on the page's own site, no larger than a file Skenario
/// opens.
async fn fetch_text(relative: &str) -> Result<String, SiteError> {
    let failed = |problem| SiteError {
        file: relative.to_owned(),
        problem,
    };
    let window = web_sys::window().ok_or_else(|| failed(SiteProblem::Unreachable))?;
    let init = web_sys::RequestInit::new();
    // The browser itself refuses to send the request to any other origin.
    init.set_mode(web_sys::RequestMode::SameOrigin);
    init.set_credentials(web_sys::RequestCredentials::SameOrigin);
    let response = JsFuture::from(window.fetch_with_str_and_init(relative, &init))
        .await
        .ok()
        .and_then(|answer| answer.dyn_into::<web_sys::Response>().ok())
        .ok_or_else(|| failed(SiteProblem::Unreachable))?;
    match response.status() {
        404 => return Err(failed(SiteProblem::NotThere)),
        status if !response.ok() => return Err(failed(SiteProblem::Refused(status))),
        _ => {}
    }
    let reading = response
        .array_buffer()
        .map_err(|_| failed(SiteProblem::Unreachable))?;
    let buffer = JsFuture::from(reading)
        .await
        .map_err(|_| failed(SiteProblem::Unreachable))?;
    let bytes = js_sys::Uint8Array::new(&buffer);
    if u64::from(bytes.length()) > MAX_FILE_BYTES {
        return Err(failed(SiteProblem::TooLarge));
    }
    String::from_utf8(bytes.to_vec()).map_err(|_| failed(SiteProblem::NotText))
}
