//! The terminal user interface: event -> Action -> update(State) -> draw.
