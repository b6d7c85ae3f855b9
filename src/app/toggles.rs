//! The reading pane's display keys (`t`, `d`, `r`, `J`): each changes the
//! layout options, says so, and is remembered in the reading state for the
//! next start, by the configuration's names for its values.

use crate::config::{Choice, ShapeSetting};
use crate::layout::{Digits, Justify, Shaping, Tashkeel};

use super::model::{MessageKind, Model};

fn say(state: &mut Model, text: &'static str) {
    state.message = Some((text.to_string(), MessageKind::Info));
}

pub fn tashkeel(state: &mut Model) {
    let next = match state.opts.tashkeel {
        Tashkeel::Keep => Tashkeel::Strip,
        Tashkeel::Strip => Tashkeel::Keep,
    };
    state.opts.tashkeel = next;
    state
        .store
        .remember_setting(|s| s.tashkeel = Some(next.name().into()));
    let s = state.strings();
    say(
        state,
        if next == Tashkeel::Keep {
            s.tashkeel_on
        } else {
            s.tashkeel_off
        },
    );
}

pub fn digits(state: &mut Model) {
    let next = match state.opts.digits {
        Digits::Keep => Digits::Arabic,
        Digits::Arabic => Digits::Latin,
        Digits::Latin => Digits::Keep,
    };
    state.opts.digits = next;
    state
        .store
        .remember_setting(|s| s.digits = Some(next.name().into()));
    let s = state.strings();
    let text = match next {
        Digits::Keep => s.digits_keep,
        Digits::Arabic => s.digits_arabic,
        Digits::Latin => s.digits_latin,
    };
    say(state, text);
}

pub fn shaping(state: &mut Model) {
    let next = match state.opts.shaping {
        Shaping::On => Shaping::Off,
        Shaping::Off => Shaping::On,
    };
    state.opts.shaping = next;
    let shape = match next {
        Shaping::On => ShapeSetting::On,
        Shaping::Off => ShapeSetting::Off,
    };
    state
        .store
        .remember_setting(|s| s.shape = Some(shape.name().into()));
    let s = state.strings();
    say(
        state,
        if next == Shaping::On {
            s.shaping_on
        } else {
            s.shaping_off
        },
    );
}

pub fn justify(state: &mut Model) {
    let next = match state.opts.justify {
        Justify::None => Justify::Kashida,
        Justify::Kashida => Justify::None,
    };
    state.opts.justify = next;
    state
        .store
        .remember_setting(|s| s.justify = Some(next.name().into()));
    let s = state.strings();
    say(
        state,
        if next == Justify::Kashida {
            s.justify_on
        } else {
            s.justify_off
        },
    );
}
