//! The share link: a respondent's answers and profile in a URL fragment (`#/partage/…`), compact enough for a QR code, versioned and checksummed; never sent to a server (a fragment never is).
//!
//! The payload, before base64url (RFC 4648 §5, no padding):
//!
//! | bytes | what |
//! |---|---|
//! | 1 | the link format, `FORMAT` (1) |
//! | 1 | the answers' version, `answers_file::VERSION` (2): the questionnaire they answer |
//! | 1 | the role: 0 for none, else its place in `Role::ALL` plus one |
//! | 1 | the kind of partnership: 0 for none, else its place in `PartnershipKind::ALL` plus one |
//! | 2 | the partnership's name's length in bytes (little-endian, at most `MAX_NAME_BYTES`) |
//! | n | the name, UTF-8 |
//! | 1 per item | each item of the reference questionnaire in order: 0 no answer, `DONT_KNOW`, `NOT_APPLICABLE`, else the bit mask of the answers chosen |
//! | 4 | CRC-32 (IEEE) of everything before, little-endian |
//!
//! Decoding is bounded (`MAX_LINK` characters, checked first) and linear, and checks every
//! byte: a link that was cut, changed or written for another questionnaire is refused whole.

use super::answers_file::{Profile, MAX_NAME, VERSION};
use super::model::Vocabulary;
use super::questionnaire::{Choice, Picks, Questionnaire, Responses};
use super::{PartnershipKind, Role};

/// The link format written in the first byte.
pub const FORMAT: u8 = 1;
/// An item answered « je ne sais pas ».
pub const DONT_KNOW: u8 = 0xfe;
/// An item answered « ne s'applique pas ».
pub const NOT_APPLICABLE: u8 = 0xff;
/// The longest name a link carries, in bytes (`MAX_NAME` characters of up to four bytes).
pub const MAX_NAME_BYTES: usize = MAX_NAME * 4;
/// The longest payload a link can hold, in base64url characters; longer input is refused before
/// it is read.
pub const MAX_LINK: usize = 2048;
/// What comes before the payload in the page's address.
pub const FRAGMENT_PREFIX: &str = "#/partage/";

/// Why a share link was not read. The words for each, in both languages, are in `i18n`
/// (`link_problem`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkError {
    /// Occurs when the payload is longer than `MAX_LINK` characters.
    TooLong,
    /// Occurs when a character is not one of base64url's, or the length cannot be base64url.
    NotBase64,
    /// Occurs when the bytes end before the format says they should, or go on after.
    Cut,
    /// Occurs when the checksum does not match: the link was cut or changed on the way.
    Checksum,
    /// Occurs when the link was written in a format, or for a questionnaire, this version does
    /// not read (the format, and the answers' version).
    OtherVersion(u8, u8),
    /// Occurs when a byte that passed the checksum still says nothing this questionnaire knows
    /// (a role, a kind, a name, or the answer of this item): a link made by hand.
    Invalid,
}

/// The link's payload for these answers (the fragment after `FRAGMENT_PREFIX`).
pub fn encode(q: &Questionnaire, responses: &Responses, profile: &Profile) -> String {
    let mut bytes = vec![FORMAT, VERSION as u8, place(profile.role, Role::ALL), place(profile.kind, PartnershipKind::ALL)];
    let name = profile.partnership.as_deref().unwrap_or("");
    let name = &name[..floor_char_boundary(name, MAX_NAME_BYTES)];
    bytes.extend_from_slice(&(name.len() as u16).to_le_bytes());
    bytes.extend_from_slice(name.as_bytes());
    for (i, _, _) in q.items() {
        bytes.push(match responses.get(i) {
            None => 0,
            Some(Choice::DontKnow) => DONT_KNOW,
            Some(Choice::NotApplicable) => NOT_APPLICABLE,
            Some(Choice::Picked(picks)) => picks.mask(),
        });
    }
    let crc = crc32(&bytes);
    bytes.extend_from_slice(&crc.to_le_bytes());
    base64url(&bytes)
}

/// The answers and profile a link's payload carries, checked against `q` (the reference
/// structure).
pub fn decode(q: &Questionnaire, payload: &str) -> Result<(Responses, Profile), LinkError> {
    if payload.len() > MAX_LINK {
        return Err(LinkError::TooLong);
    }
    let bytes = from_base64url(payload).ok_or(LinkError::NotBase64)?;
    if bytes.len() < 10 {
        return Err(LinkError::Cut);
    }
    if (bytes[0], bytes[1]) != (FORMAT, VERSION as u8) {
        return Err(LinkError::OtherVersion(bytes[0], bytes[1]));
    }
    let (body, crc) = bytes.split_at(bytes.len() - 4);
    if crc32(body) != u32::from_le_bytes([crc[0], crc[1], crc[2], crc[3]]) {
        return Err(LinkError::Checksum);
    }
    let role = unplace(body[2], Role::ALL)?;
    let kind = unplace(body[3], PartnershipKind::ALL)?;
    let name_len = usize::from(u16::from_le_bytes([body[4], body[5]]));
    if name_len > MAX_NAME_BYTES {
        return Err(LinkError::Invalid);
    }
    let rest = &body[6..];
    if rest.len() != name_len + q.item_count() {
        return Err(LinkError::Cut);
    }
    let (name, answers) = rest.split_at(name_len);
    let name = std::str::from_utf8(name).map_err(|_| LinkError::Invalid)?;
    if name.chars().count() > MAX_NAME {
        return Err(LinkError::Invalid);
    }
    let mut responses = Responses::empty(q);
    for ((i, _, item), &byte) in q.items().zip(answers) {
        let choice = match byte {
            0 => None,
            DONT_KNOW => Some(Choice::DontKnow),
            NOT_APPLICABLE => Some(Choice::NotApplicable),
            mask => {
                let fits = item.answers.len() < 8 && u32::from(mask) < 1 << item.answers.len();
                if !fits || (!item.multiple && mask.count_ones() != 1) {
                    return Err(LinkError::Invalid);
                }
                Some(Choice::Picked(Picks::from_mask(mask)))
            }
        };
        responses.set(i, choice);
    }
    let partnership = (!name.is_empty()).then(|| name.to_string());
    Ok((responses, Profile { role, kind, partnership }))
}

/// A value's place in its vocabulary plus one, or 0 for none.
fn place<T: PartialEq + Copy>(value: Option<T>, all: &[T]) -> u8 {
    value.and_then(|v| all.iter().position(|a| *a == v)).map_or(0, |k| k as u8 + 1)
}

fn unplace<T: Copy>(byte: u8, all: &[T]) -> Result<Option<T>, LinkError> {
    match byte {
        0 => Ok(None),
        k => all.get(usize::from(k) - 1).copied().map(Some).ok_or(LinkError::Invalid),
    }
}

/// The largest index at most `max` that starts a character of `s`.
fn floor_char_boundary(s: &str, max: usize) -> usize {
    (0..=max.min(s.len())).rev().find(|i| s.is_char_boundary(*i)).unwrap_or(0)
}

/// CRC-32 (IEEE 802.3, reflected, as zip and PNG), bit by bit: the links are short.
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xedb8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Base64url without padding.
pub fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for k in 0..=chunk.len() {
            out.push(char::from(ALPHABET[(n >> (18 - 6 * k) & 63) as usize]));
        }
    }
    out
}

/// Base64url without padding, strictly: only its 64 characters, a length that base64 can
/// have, and the unused bits of the last character at zero (one text per payload).
pub fn from_base64url(text: &str) -> Option<Vec<u8>> {
    let value = |c: u8| ALPHABET.iter().position(|a| *a == c).map(|v| v as u32);
    if text.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() / 4 * 3 + 2);
    for chunk in text.as_bytes().chunks(4) {
        let n = chunk.iter().enumerate().try_fold(0u32, |n, (i, c)| Some(n | value(*c)? << (18 - 6 * i)))?;
        let bytes = chunk.len() - 1;
        let unused = n & ((1 << (24 - 8 * bytes)) - 1);
        if unused != 0 {
            return None;
        }
        out.extend((0..bytes).map(|i| (n >> (16 - 8 * i)) as u8));
    }
    Some(out)
}

/// The payload in what a person pasted: a whole address (`https://…/#/partage/…`), the fragment,
/// or the payload alone; surrounding spaces dropped.
pub fn payload_in(text: &str) -> &str {
    let text = text.trim();
    text.rsplit_once(FRAGMENT_PREFIX).map_or(text, |(_, payload)| payload)
}
