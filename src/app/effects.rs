//! What `update` asks the loop to do outside the state: anything with I/O
//! or that ends the program. The loop runs these; `update` stays pure.

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Leave the reader and restore the terminal.
    Quit,
    /// Give the terminal back and stop, as on SIGTSTP, until `fg`.
    Suspend,
    /// Put text on the clipboard through the terminal (OSC 52).
    Copy(String),
    /// Save a share to a new file in the share folder.
    Save {
        text: String,
        stem: String,
        ext: &'static str,
    },
    /// Open a share link with the system opener, else show and copy it.
    Open(String),
    /// Move an article's file between the library and the archive.
    Move(super::archiving::FileMove),
}
