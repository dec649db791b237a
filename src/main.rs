fn main() -> std::process::ExitCode {
    rehabit::cli::main()
}
