// Zed asks the extension how to start the language server: `draftlint server`, found on
// the PATH of the worktree's shell (a virtual environment that is active there counts).
use zed_extension_api::{self as zed, LanguageServerId, Result};

struct Draftlint;

impl zed::Extension for Draftlint {
    fn new() -> Self {
        Draftlint
    }

    fn language_server_command(
        &mut self,
        _language_server_id: &LanguageServerId,
        worktree: &zed::Worktree,
    ) -> Result<zed::Command> {
        let command = worktree
            .which("draftlint")
            .ok_or_else(|| "draftlint is not on PATH: pip install draftlint".to_string())?;
        Ok(zed::Command {
            command,
            args: vec!["server".to_string()],
            env: worktree.shell_env(),
        })
    }
}

zed::register_extension!(Draftlint);
