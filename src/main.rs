use std::process::ExitCode;

use clap::Parser;
use qari::cli::{Cli, Command};
use qari::commands;

// A large library's reader starts by making a few strings for each of a
// hundred thousand articles: mimalloc makes and frees them in about half
// the time of the system's allocator (see README, Scale).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    qari::article::guard::install_hook();
    let result = match cli.command {
        None => commands::read::run(&cli.global, &cli.paths),
        Some(Command::Render(args)) => commands::render::run(&cli.global, &args),
        Some(Command::List(args)) => commands::list::run(&cli.global, &args),
        Some(Command::Show(args)) => commands::show::run(&cli.global, &args),
        Some(Command::Import(args)) => commands::import::run(&cli.global, &args),
        Some(Command::Check(args)) => commands::check::run(&cli.global, &args),
        Some(Command::Share(args)) => commands::share::run(&cli.global, &args),
        Some(Command::Config(args)) => commands::config::run(&cli.global, &args),
        Some(Command::Archive(args)) => commands::archive::archive(&cli.global, &args),
        Some(Command::Restore(args)) => commands::archive::restore(&cli.global, &args),
        Some(Command::State(args)) => commands::state::run(&cli.global, &args),
        Some(Command::Index(args)) => commands::index::run(&cli.global, &args),
        Some(Command::Doctor(args)) => commands::doctor::run(&cli.global, &args),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("qari: {err:#}");
            ExitCode::from(2)
        }
    }
}
