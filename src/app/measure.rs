//! Measuring the real window, for smoke tests and benchmarks: draw N frames and exit, the CPU
//! time of each frame (as eframe reports it), and how many frames an idle window draws.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// What to measure.
#[derive(Debug, Clone, Default)]
pub struct Measure {
    /// Draw this many frames, then close.
    pub exit_after_frames: Option<u64>,
    /// Record each frame's CPU time.
    pub frame_stats: bool,
    /// Scroll the consequence list a little every frame (to measure scrolling).
    pub scroll_list: bool,
    /// Type one letter into the open form's focused field every frame (to measure typing).
    pub type_in_title: bool,
    /// After start-up settles, count the frames drawn during this many idle seconds, then close.
    pub idle_seconds: Option<f64>,
}

/// What was measured, shared between the window and whoever started it.
#[derive(Debug, Default)]
pub struct Recorder {
    frames: AtomicU64,
    cpu_seconds: Mutex<Vec<f32>>,
    idle_frames: Mutex<Option<u64>>,
}

#[cfg_attr(
    target_arch = "wasm32",
    expect(
        dead_code,
        reason = "measuring runs start from the desktop's command line"
    )
)]
impl Recorder {
    /// Notes a drawn frame and the CPU time of the frame before it.
    pub fn frame(&self, previous_cpu: Option<f32>) -> u64 {
        if let (Some(cpu), Ok(mut samples)) = (previous_cpu, self.cpu_seconds.lock()) {
            samples.push(cpu);
        }
        self.frames.fetch_add(1, Ordering::Relaxed) + 1
    }

    /// Counts frames while the window sits idle for `seconds` (after two seconds to settle), then
    /// closes the window.
    pub fn probe_idle(self: &Arc<Self>, ctx: &egui::Context, seconds: f64) {
        let recorder = Arc::clone(self);
        let ctx = ctx.clone();
        // Without the thread nothing is counted, and the report says so.
        std::thread::Builder::new()
            .name("idle-probe".to_owned())
            .spawn(move || {
                std::thread::sleep(Duration::from_secs(2));
                let before = recorder.frames.load(Ordering::Relaxed);
                std::thread::sleep(Duration::from_secs_f64(seconds.max(0.0)));
                let after = recorder.frames.load(Ordering::Relaxed);
                if let Ok(mut idle) = recorder.idle_frames.lock() {
                    *idle = Some(after - before);
                }
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                ctx.request_repaint();
            })
            .ok();
    }

    /// The report, one line per thing measured.
    pub fn report(&self, measure: &Measure) -> Vec<String> {
        let mut lines = Vec::new();
        let frames = self.frames.load(Ordering::Relaxed);
        if measure.frame_stats {
            let mut samples = self
                .cpu_seconds
                .lock()
                .map(|s| s.clone())
                .unwrap_or_default();
            samples.sort_by(f32::total_cmp);
            let median = samples.get(samples.len() / 2).copied().unwrap_or(0.0);
            let worst = samples.last().copied().unwrap_or(0.0);
            lines.push(format!(
                "frames: {frames}; frame CPU time: median {:.2} ms, worst {:.2} ms ({} samples)",
                median * 1000.0,
                worst * 1000.0,
                samples.len()
            ));
        }
        if let Some(seconds) = measure.idle_seconds {
            let idle = self.idle_frames.lock().ok().and_then(|i| *i);
            lines.push(match idle {
                Some(count) => format!("idle frames over {seconds} s: {count}"),
                None => "idle frames: not measured (the window closed early)".to_owned(),
            });
        }
        lines
    }
}

/// Frames drawn, the title last shown, and what is being measured.
#[derive(Default)]
pub struct Frames {
    /// Frames drawn so far.
    drawn: u64,
    /// Close after this many frames.
    exit_after: Option<u64>,
    /// Where measurements go.
    recorder: Option<Arc<Recorder>>,
    /// The window title as last sent.
    title: String,
    /// Type a letter every frame.
    typing: bool,
}

#[cfg_attr(
    target_arch = "wasm32",
    expect(
        dead_code,
        reason = "measuring runs start from the desktop's command line"
    )
)]
impl Frames {
    /// Frames that close the window after `exit_after` frames and record into `recorder`.
    pub fn measured(exit_after: Option<u64>, recorder: Arc<Recorder>) -> Self {
        Self {
            exit_after,
            recorder: Some(recorder),
            ..Self::default()
        }
    }

    /// Types one letter every frame into whatever has the keyboard (to measure typing).
    pub fn type_every_frame(&mut self) {
        self.typing = true;
    }

    /// Before a frame: the letter typed this frame, once a few frames have settled the form.
    pub fn type_into(&self, raw: &mut egui::RawInput) {
        if self.typing && self.drawn >= 5 {
            raw.events.push(egui::Event::Text("e".to_owned()));
        }
    }

    /// At the start of a frame. egui may lay a frame out twice (when something was measured
    /// on the first pass); frames are counted once, as drawn.
    pub fn begin(&mut self, ctx: &egui::Context, frame: &eframe::Frame) {
        if let Some(recorder) = &self.recorder
            && ctx.current_pass_index() == 0
        {
            recorder.frame(frame.info().cpu_usage);
        }
    }

    /// At the end of a frame: shows `title`, counts the frame, and closes the window once
    /// enough frames are drawn. True when it asked the window to close.
    pub fn end(&mut self, ctx: &egui::Context, title: String) -> bool {
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
        if ctx.current_pass_index() == 0 {
            self.drawn += 1;
        }
        let Some(limit) = self.exit_after else {
            return false;
        };
        if self.drawn >= limit {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            true
        } else {
            ctx.request_repaint();
            false
        }
    }
}
