//! The share link (`src/core/share_link.rs`): every answer and profile comes back as it went, base64url and CRC-32 as their standards say, and each damaged link is refused for its own reason.

mod common;
use common::{any_responses, any_role, fr};
use partenariat::core::share_link::{base64url, crc32, decode, encode, from_base64url, LinkError, MAX_LINK, MAX_NAME_BYTES};
use partenariat::core::{PartnershipKind, Profile, Responses, Role, Vocabulary};
use proptest::prelude::*;

fn profile(role: Option<Role>, kind: Option<PartnershipKind>, name: Option<&str>) -> Profile {
    Profile { role, kind, partnership: name.map(str::to_string) }
}

/// Decodes `payload` and compares the outcome with `expected` (`Ok(())` for any success).
fn check(payload: &str, expected: Result<(), LinkError>) {
    assert_eq!(decode(fr(), payload).map(|_| ()), expected, "payload {:?}", &payload[..payload.len().min(60)]);
}

/// A payload from raw bytes, with a correct checksum appended.
fn signed(mut bytes: Vec<u8>) -> String {
    let crc = crc32(&bytes);
    bytes.extend_from_slice(&crc.to_le_bytes());
    base64url(&bytes)
}

fn valid_bytes() -> Vec<u8> {
    let payload = encode(fr(), &Responses::empty(fr()), &Profile::default());
    let bytes = from_base64url(&payload).unwrap();
    bytes[..bytes.len() - 4].to_vec()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn every_answer_and_profile_comes_back_as_it_went(r in any_responses(), role in any_role(), kind in proptest::option::of(0..PartnershipKind::ALL.len()), name in proptest::option::of("[a-zA-Zéèà« »0-9'-]{1,40}")) {
        let p = profile(role, kind.map(|k| PartnershipKind::ALL[k]), name.as_deref());
        let payload = encode(fr(), &r, &p);
        prop_assert!(payload.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'), "URL-safe: {}", payload);
        let (back, back_profile) = decode(fr(), &payload).unwrap();
        prop_assert_eq!(back, r);
        prop_assert_eq!(back_profile, p);
    }

    #[test]
    fn any_single_character_changed_is_refused(r in any_responses(), at in any::<usize>(), to in 0usize..64) {
        let payload = encode(fr(), &r, &Profile::default());
        let at = at % payload.len();
        let mut changed = payload.clone().into_bytes();
        let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        changed[at] = alphabet[to];
        prop_assume!(changed != payload.as_bytes());
        prop_assert!(decode(fr(), std::str::from_utf8(&changed).unwrap()).is_err());
    }

    #[test]
    fn base64url_round_trips_any_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        prop_assert_eq!(from_base64url(&base64url(&bytes)), Some(bytes));
    }
}

#[test]
fn base64url_follows_rfc_4648() {
    for (bytes, text) in [("", ""), ("f", "Zg"), ("fo", "Zm8"), ("foo", "Zm9v"), ("foob", "Zm9vYg"), ("fooba", "Zm9vYmE"), ("foobar", "Zm9vYmFy")] {
        assert_eq!(base64url(bytes.as_bytes()), text);
        assert_eq!(from_base64url(text).as_deref(), Some(bytes.as_bytes()));
    }
    assert_eq!(base64url(&[0xfb, 0xff]), "-_8", "the URL-safe alphabet");
    for bad in ["Z", "Zh", "Zm9=", "Zm+v", "Zm/v", "Zm9v Zg", "é"] {
        assert_eq!(from_base64url(bad), None, "{bad:?}");
    }
}

#[test]
fn crc32_gives_the_standard_check_value() {
    assert_eq!(crc32(b"123456789"), 0xcbf4_3926);
    assert_eq!(crc32(b""), 0);
}

#[test]
fn each_damaged_link_is_refused_for_its_reason() {
    let good = encode(fr(), &Responses::empty(fr()), &profile(Some(Role::Parent), None, Some("PRE des Hauts")));
    check(&good, Ok(()));
    check(&"A".repeat(MAX_LINK + 1), Err(LinkError::TooLong));
    check("pas un lien !", Err(LinkError::NotBase64));
    let cut = decode(fr(), &good[..good.len() - 1]);
    assert!(matches!(cut, Err(LinkError::NotBase64 | LinkError::Checksum | LinkError::Cut)), "a cut link: {cut:?}");
    check("AQI", Err(LinkError::Cut));
    // One answer changed without its checksum.
    let mut bytes = from_base64url(&good).unwrap();
    let answer = bytes.len() - 5;
    bytes[answer] ^= 1;
    check(&base64url(&bytes), Err(LinkError::Checksum));
    // Another format, another questionnaire.
    let mut other = valid_bytes();
    other[0] = 2;
    check(&signed(other), Err(LinkError::OtherVersion(2, 2)));
    let mut older = valid_bytes();
    older[1] = 1;
    check(&signed(older), Err(LinkError::OtherVersion(1, 1)));
    // Well signed, but naming what this questionnaire does not know.
    let with = |at: usize, value: u8| {
        let mut b = valid_bytes();
        b[at] = value;
        signed(b)
    };
    check(&with(2, Role::ALL.len() as u8 + 1), Err(LinkError::Invalid));
    check(&with(3, PartnershipKind::ALL.len() as u8 + 1), Err(LinkError::Invalid));
    let first_answer = 6;
    check(&with(first_answer, 0b1000_0000), Err(LinkError::Invalid));
    check(&with(first_answer, 0b11), Err(LinkError::Invalid));
    // Bytes added, or an answer missing, with a correct checksum.
    let mut longer = valid_bytes();
    longer.push(0);
    check(&signed(longer), Err(LinkError::Cut));
    let mut shorter = valid_bytes();
    shorter.pop();
    check(&signed(shorter), Err(LinkError::Cut));
    // A name that is not UTF-8, or longer than a name can be.
    let mut bad_name = valid_bytes();
    bad_name.splice(4..6, [1, 0, 0xff]);
    check(&signed(bad_name), Err(LinkError::Invalid));
    let mut long_name = valid_bytes();
    long_name.splice(4..6, ((MAX_NAME_BYTES + 1) as u16).to_le_bytes());
    check(&signed(long_name), Err(LinkError::Invalid));
}

#[test]
fn a_link_is_short_enough_for_a_qr_code() {
    // Every item answered, with a role and a kind: 4 + 2 + one byte per item + 4, in base64.
    let q = fr();
    let mut all = Responses::empty(q);
    for (i, _, _) in q.items() {
        all.set(i, Some(partenariat::core::Choice::DontKnow));
    }
    let payload = encode(q, &all, &profile(Some(Role::Coordonnateur), Some(PartnershipKind::ALL[0]), None));
    assert_eq!(payload.len(), (4 * (10 + q.item_count())).div_ceil(3));
    // With the address of the page before it, a QR code of 41 × 41 modules (version 6, level M:
    // 106 bytes) holds it: readable from a phone at arm's length.
    assert!("https://www.oriv.org/outils/partenariat/#/partage/".len() + payload.len() <= 106, "{} characters", payload.len());
}
