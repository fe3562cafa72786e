//! The `skenario` program: the window, or a command-line tool over the same core.

fn main() -> std::process::ExitCode {
    skenario::cli::main()
}
