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
        std::thread::spawn(move || {
            std::thread::sleep(Duration::from_secs(2));
            let before = recorder.frames.load(Ordering::Relaxed);
            std::thread::sleep(Duration::from_secs_f64(seconds.max(0.0)));
            let after = recorder.frames.load(Ordering::Relaxed);
            if let Ok(mut idle) = recorder.idle_frames.lock() {
                *idle = Some(after - before);
            }
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            ctx.request_repaint();
        });
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
