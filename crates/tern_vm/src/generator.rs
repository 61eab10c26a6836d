//! Generators are suspended frames: the frame is moved into the generator
//! when it yields and back onto the frame stack when resumed.

use crate::frame::Frame;

pub struct GenState {
    /// The suspended frame; None while running or once finished.
    pub frame: Option<Box<Frame>>,
    pub started: bool,
    pub running: bool,
    pub finished: bool,
    pub name: String,
    pub qualname: String,
}
