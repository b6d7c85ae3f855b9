//! What `update` asks the loop to do outside the state: anything with I/O
//! or that ends the program. The loop runs these; `update` stays pure.

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Leave the reader and restore the terminal.
    Quit,
}
