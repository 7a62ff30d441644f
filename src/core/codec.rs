//! A compact binary form of the questionnaire content: `build.rs` writes it, the library reads it at start-up, so the bundle carries no parser for the content.
//!
//! Strings are a length (LEB128) and UTF-8 bytes; sequences and tables a count then their
//! elements; options a 0/1 byte; vocabulary values their index. Self-contained (std only)
//! like `model.rs`, which `build.rs` includes beside it.

use super::model::*;

/// Reads values back from the bytes `encode` wrote.
pub struct Reader<'a> {
    bytes: &'a [u8],
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        Reader { bytes }
    }
    fn byte(&mut self) -> Option<u8> {
        let (first, rest) = self.bytes.split_first()?;
        self.bytes = rest;
        Some(*first)
    }
    #[inline(never)]
    fn len(&mut self) -> Option<usize> {
        // At most five bytes (35 bits), read as u64 so that native and wasm32 agree: a
        // length that does not fit the platform's usize is refused, not truncated.
        let mut value = 0u64;
        for shift in (0..35).step_by(7) {
            let b = self.byte()?;
            value |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return usize::try_from(value).ok();
            }
        }
        None
    }
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if n > self.bytes.len() {
            return None;
        }
        let (head, rest) = self.bytes.split_at(n);
        self.bytes = rest;
        Some(head)
    }
    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }
}

fn write_len(out: &mut Vec<u8>, mut n: usize) {
    loop {
        let b = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

pub trait Codec: Sized {
    fn encode(&self, out: &mut Vec<u8>);
    fn decode(r: &mut Reader<'_>) -> Option<Self>;
}

/// Decodes a whole value; None if the bytes are not exactly one value.
pub fn decode_all<T: Codec>(bytes: &[u8]) -> Option<T> {
    let mut r = Reader::new(bytes);
    let value = T::decode(&mut r)?;
    r.is_empty().then_some(value)
}

pub fn encode_to_vec<T: Codec>(value: &T) -> Vec<u8> {
    let mut out = Vec::new();
    value.encode(&mut out);
    out
}

impl Codec for String {
    fn encode(&self, out: &mut Vec<u8>) {
        write_len(out, self.len());
        out.extend_from_slice(self.as_bytes());
    }
    // Called for every string of the content: kept out of line, the bundle stays small.
    #[inline(never)]
    fn decode(r: &mut Reader<'_>) -> Option<Self> {
        let n = r.len()?;
        String::from_utf8(r.take(n)?.to_vec()).ok()
    }
}

impl<T: Codec> Codec for Vec<T> {
    fn encode(&self, out: &mut Vec<u8>) {
        write_len(out, self.len());
        self.iter().for_each(|v| v.encode(out));
    }
    fn decode(r: &mut Reader<'_>) -> Option<Self> {
        let n = r.len()?;
        (0..n).map(|_| T::decode(r)).collect()
    }
}

impl<T: Codec> Codec for Option<T> {
    fn encode(&self, out: &mut Vec<u8>) {
        match self {
            None => out.push(0),
            Some(v) => {
                out.push(1);
                v.encode(out);
            }
        }
    }
    fn decode(r: &mut Reader<'_>) -> Option<Self> {
        match r.byte()? {
            0 => Some(None),
            1 => Some(Some(T::decode(r)?)),
            _ => None,
        }
    }
}

impl<K: Vocabulary, V: Codec> Codec for ByKey<K, V> {
    fn encode(&self, out: &mut Vec<u8>) {
        write_len(out, self.slots().len());
        self.slots().iter().for_each(|v| v.encode(out));
    }
    fn decode(r: &mut Reader<'_>) -> Option<Self> {
        ByKey::from_slots(Vec::<Option<V>>::decode(r)?)
    }
}

impl Codec for bool {
    fn encode(&self, out: &mut Vec<u8>) {
        out.push(u8::from(*self));
    }
    fn decode(r: &mut Reader<'_>) -> Option<Self> {
        match r.byte()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }
}

macro_rules! vocabulary_codec {
    ($($t:ty),*) => {$(
        impl Codec for $t {
            fn encode(&self, out: &mut Vec<u8>) {
                out.push(self.index() as u8);
            }
            fn decode(r: &mut Reader<'_>) -> Option<Self> {
                <$t as Vocabulary>::ALL.get(r.byte()? as usize).copied()
            }
        }
    )*};
}
vocabulary_codec!(Dimension, Level, Care, Conception, Threshold, MethodStyle, Form, Lens, Test, Outcome, Risk, Role, Scope, PartnershipKind, CaseId, Language);

macro_rules! struct_codec {
    ($($t:ident { $($field:ident),* $(,)? })*) => {$(
        impl Codec for $t {
            fn encode(&self, out: &mut Vec<u8>) {
                $(self.$field.encode(out);)*
            }
            #[inline(never)]
            fn decode(r: &mut Reader<'_>) -> Option<Self> {
                Some($t { $($field: Codec::decode(r)?,)* })
            }
        }
    )*};
}
struct_codec! {
    Content { language, texts, levels, care, conception, threshold, method, form, tests, outcomes, risks, roles, scopes, kinds, cases, glossary, dimensions }
    Texts {
        title, intro, no_failure, no_failure_plain, dissatisfaction, dissatisfaction_plain, dont_know, not_applicable,
        not_applicable_plain, several, hybrid, hybrid_advice, hybrid_plain, unknowns, unknowns_advice, unknowns_plain,
        tensions, directions, directions_plain,
    }
    Feedback { name, definition, feedback, advice, plain, plain_name, source }
    RoleContent { name, scopes }
    CaseText { name, summary, source }
    Term { term, definition }
    DimensionContent { id, title, plain_title, intro, plain_intro, source, items }
    ItemContent { id, scope, reading, test, multiple, source, question, help, answers }
    AnswerContent { id, text, level, care, conception, threshold, method, form, outcome, risks }
    CasesFile { cases }
    CaseAnswers { id, level, role, answers }
    CaseAnswer { item, answer, quote }
    Pair { from, to }
    LanguagePack { content, interface }
    Migration { answers, successors }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_five_byte_length_reads_alike_on_every_platform() {
        // 2^32: does not fit a 32-bit usize; on 64 bits it is more than the bytes there are.
        let mut r = Reader::new(&[0x80, 0x80, 0x80, 0x80, 0x10]);
        let n = r.len();
        assert!(n.is_none() || n == Some(1 << 32), "{n:?}");
        assert_eq!(decode_all::<String>(&[0x80, 0x80, 0x80, 0x80, 0x10, b'a']), None);
        // Six bytes of length are never read.
        assert_eq!(Reader::new(&[0x80, 0x80, 0x80, 0x80, 0x80, 0x01]).len(), None);
        assert_eq!(decode_all::<String>(&[0x02, b'o', b'k']), Some("ok".to_string()));
    }
}
