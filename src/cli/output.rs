//! Where the command line's words go: standard output, which may be a pipe that closes
//! early, and standard error, which may be a terminal that has gone.

/// Writes to standard output. When the reader has gone away (`rehabit plan | head`),
/// there is nobody left to tell, so rehabit stops quietly instead of crashing.
pub(crate) fn write_out(text: std::fmt::Arguments<'_>) {
    use std::io::Write;
    stop_unless_written(std::io::stdout().lock().write_fmt(text));
}

/// Writes to standard output through `write`, in large pieces (a report), and stops as
/// [`write_out`] does if that fails.
pub(crate) fn write_out_with(write: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>) {
    use std::io::Write;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    stop_unless_written(write(&mut out).and_then(|()| out.flush()));
}

fn stop_unless_written(written: std::io::Result<()>) {
    if let Err(error) = written {
        if error.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        eprintln!("rehabit: could not write the output: {error}");
        std::process::exit(2);
    }
}

/// A bug is rehabit's fault, not the user's: say so calmly, without a Rust backtrace.
pub(super) fn explain_bugs_calmly() {
    std::panic::set_hook(Box::new(|info| {
        use std::io::Write as _;
        let place = info.location().map(|l| format!(" ({}:{})", l.file(), l.line())).unwrap_or_default();
        // Not eprintln!, which panics (inside this hook, ending rehabit at once) when the
        // terminal has gone.
        let _ = writeln!(
            std::io::stderr(),
            "rehabit: something went wrong inside rehabit{place}. Nothing you did caused this, \
             and your records are safe. Please try again; if it happens again, let us know."
        );
    }));
}
