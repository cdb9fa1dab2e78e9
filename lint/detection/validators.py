"""VALIDATORS: named checks that rules cite to confirm a match (checksums, registries)."""

import functools
import ipaddress
import math
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from lint.detection.id_numbers import (
    is_document_number,
    is_nif,
    is_record_number,
    is_uk_driving_licence,
)
from lint.detection.link_names import has_name_in_path
from lint.detection.name_evidence import without_accents
from lint.detection.name_lists import place_names
from lint.detection.phones import is_phone_number_of_the_text_s_regions, is_valid_phone_number

if TYPE_CHECKING:
    from publicsuffixlist import PublicSuffixList

# phonenumbers and python-stdnum load inside the checks: `draftlint rules` needs only the
# names of the validators, and loading a rule file must stay fast.

Validator = Callable[[str], bool]


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


@cache
def _public_suffixes() -> "PublicSuffixList":
    from publicsuffixlist import PublicSuffixList

    # The list the package ships (updated with each release); it never fetches one. ICANN
    # suffixes only: "github.io" is a real address's domain, not a suffix to stop at.
    return PublicSuffixList(only_icann=True, accept_unknown=False)


def has_public_suffix(text: str) -> bool:
    """The domain after '@' (or the whole host) ends in a real public suffix: .fr, .co.uk."""
    domain = text.rsplit("@", 1)[-1].strip().rstrip(".").lower()
    # privatesuffix is the registrable domain ("acme.co.uk"): None for an unknown ending or
    # for a bare suffix ("gouv.fr").
    return bool(domain) and _public_suffixes().privatesuffix(domain) is not None


def is_valid_iban(text: str) -> bool:
    from stdnum import iban

    return iban.is_valid(text)


def is_valid_payment_card(text: str) -> bool:
    digits = _digits(text)
    # ISO/IEC 7812 issuer prefixes: Visa 4, Mastercard 51-55 and 2221-2720, Amex 34/37,
    # Discover/UnionPay 6, Diners 36/38, JCB 35; anything else is not a payment card.
    from stdnum import luhn

    issuer = re.match(r"4|5[1-5]|2[2-7]|3[4-8]|6", digits)
    return 13 <= len(digits) <= 19 and issuer is not None and luhn.is_valid(digits)


def is_valid_nir_fr(text: str) -> bool:
    from stdnum.fr import nir

    return nir.is_valid(text)


def is_valid_ssn_us(text: str) -> bool:
    from stdnum.us import ssn

    return ssn.is_valid(_digits(text))


def is_ip_address(text: str) -> bool:
    try:
        ipaddress.ip_address(text.strip("[]"))
    except ValueError:
        return False
    return True


def is_unicast_mac_address(text: str) -> bool:
    # ff:ff:ff:ff:ff:ff and 00:00:00:00:00:00 are placeholders, not a device.
    digits = re.sub(r"[^0-9a-fA-F]", "", text).lower()
    return len(digits) == 12 and digits not in {"0" * 12, "f" * 12}


# python-stdnum's personal numbers with a check digit or a birth date to check: after a
# generic label ("ID number:"), a number that passes one of them is someone's ID. Formats
# that pass one random number in twelve of their length or more (us.ssn, pe.cui, cz.rc,
# at.vnr, ua.rntrc) or that also number companies (hr.oib, by.unp) are left out: a number of
# 9 to 13 random digits passes one of these in 0 to 11 of 100.
PERSONAL_NUMBERS = (
    "za.idnr", "cn.ric", "kr.rrn", "ee.ik", "lt.asmens", "bg.egn", "ro.cnp", "pl.pesel",
    "tr.tckimlik", "fi.hetu", "no.fodselsnummer", "se.personnummer", "dk.cpr",
    "it.codicefiscale", "mx.curp", "br.cpf", "in_.aadhaar", "de.idnr", "ch.ssn",
    "be.nn", "es.dni", "es.nie", "fr.nir", "ie.pps", "is_.kennitala", "si.emso", "gr.amka",
    "my.nric", "th.pin", "ec.ci", "id.nik", "mu.nid",
)  # fmt: skip


def is_personal_number(text: str) -> bool:
    return any(_stdnum_is_valid(module, text) for module in PERSONAL_NUMBERS)


def is_orcid(text: str) -> bool:
    # 0000-0002-1825-0097: ISO 7064 mod 11-2 over the sixteen characters, dashes aside.
    return _stdnum_is_valid("iso7064.mod_11_2", text.replace("-", ""))


def is_emirates_id(text: str) -> bool:
    # 784-YYYY-NNNNNNN-C: the country code, then a Luhn check digit (python-stdnum has none).
    from stdnum import luhn

    digits = _digits(text)
    return len(digits) == 15 and digits.startswith("784") and luhn.is_valid(digits)


_SPELLED_AT = re.compile(r"\s*[\[({<]\s*(?:at|arobase|@)\s*[\])}>]\s*|\s+(?:at|arobase)\s+", re.I)
_SPELLED_DOT = re.compile(
    r"\s*[\[({<]\s*(?:dot|point)\s*[\])}>]\s*|\s+(?:dot|point)\s+|\s*\.\s*", re.I
)


def is_obfuscated_email(text: str) -> bool:
    """'jane dot doe at gmail dot com' reads back as an address with a real suffix."""
    parts = _SPELLED_AT.split(text)
    if len(parts) != 2:
        return False
    local, domain = (_SPELLED_DOT.sub(".", part).strip() for part in parts)
    if " " in local or " " in domain or "." not in domain:
        return False
    return has_public_suffix(f"{local}@{domain}")


def is_valid_dni_nie_es(text: str) -> bool:
    from stdnum.es import dni, nie

    return dni.is_valid(text) or nie.is_valid(text)


def is_valid_national_number_be(text: str) -> bool:
    from stdnum.be import nn

    return nn.is_valid(text)


def is_valid_pps_ie(text: str) -> bool:
    from stdnum.ie import pps

    return pps.is_valid(text)


# HMRC's NINO format: no D, F, I, Q, U or V in the prefix, no O second, and never the
# unallocated prefixes below (python-stdnum has no UK NINO module).
_NINO = re.compile(r"(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")


def is_valid_nino_uk(text: str) -> bool:
    return _NINO.fullmatch(re.sub(r"[\s\-]", "", text).upper()) is not None


def looks_like_secret(text: str) -> bool:
    """Mixed letters and digits or symbols, and not a word: what a password or key looks like."""
    classes = sum(
        (
            any(c.islower() for c in text),
            any(c.isupper() for c in text),
            any(c.isdigit() for c in text),
            any(not c.isalnum() for c in text),
        )
    )
    placeholder = re.fullmatch(r"(?i)[x*.\-_<>]+|.*(?:placeholder|example|changeme|your).*", text)
    if classes < 2 or not any(c.isdigit() for c in text) or placeholder is not None:
        return False
    # A long value must also look random: a key has about 4 bits a character, a word about 2.
    return len(text) < 16 or _entropy(text) >= 3.0


def _entropy(text: str) -> float:
    """Shannon entropy in bits per character."""
    counts = [text.count(char) for char in set(text)]
    return -sum(n / len(text) * math.log2(n / len(text)) for n in counts)


def is_latitude_longitude(text: str) -> bool:
    try:
        latitude, longitude = (float(part) for part in text.split(","))
    except ValueError:
        return False
    return -90 <= latitude <= 90 and -180 <= longitude <= 180


# An address's parts, and what may follow its city: a postcode (20000, T12 X8Y2, 153-0064),
# a district number or a state (SP, (MI)).
_ADDRESS_PARTS = re.compile(r"[ \t]*(?:,|\n|[ ][\-–—][ ])[ \t]*")
_CODE_AFTER_CITY = re.compile(
    r"(?:[ ]+\(?(?:[A-Z]{1,3}-?)?[\dA-Z]*\d[\dA-Z\-]*(?:[ ][A-Z\d]{4})?\)?)+$"
)
_CODE_BEFORE_CITY = re.compile(r"^(?:[A-Z]{1,2}-)?\d{4,5}[ ]+")  # 16000 Alger, L-1611 Luxembourg
_CODE = re.compile(r"\(?(?:[A-Z]{1,3}-?)?[\dA-Z]*\d[\dA-Z\- ]*\)?|\(?[A-Z]{2,3}\)?")


@cache
def _folded_place_names() -> frozenset[str]:
    return frozenset(_fold(name) for name in place_names())


def _fold(name: str) -> str:
    # "Sénégal" and "Senegal", "Yaoundé" and "Yaounde": drafts write accents or not.
    return without_accents(" ".join(name.split()).casefold())


def ends_in_a_known_place(text: str) -> bool:
    """The address's last part ("Dakar", "Sénégal" in "Dakar, Sénégal"), its postcode, district
    number or state set aside, is a city, country or region that GeoNames or ISO 3166 knows."""
    parts = [part.strip() for part in _ADDRESS_PARTS.split(text) if part.strip()]
    while parts and _CODE.fullmatch(parts[-1]):
        parts.pop()
    return bool(parts) and _fold(_city_of(parts[-1])) in _folded_place_names()


def _city_of(part: str) -> str:
    return _CODE_BEFORE_CITY.sub("", _CODE_AFTER_CITY.sub("", part))


# The names rules may cite in `validators = [...]`: one table, as pre-commit's languages.
VALIDATORS: dict[str, Validator] = {
    "has_public_suffix": has_public_suffix,
    "is_valid_iban": is_valid_iban,
    "is_valid_payment_card": is_valid_payment_card,
    "is_valid_nir_fr": is_valid_nir_fr,
    "is_valid_ssn_us": is_valid_ssn_us,
    "is_ip_address": is_ip_address,
    "is_unicast_mac_address": is_unicast_mac_address,
    "is_valid_phone_number": is_valid_phone_number,
    "is_phone_number_of_the_text_s_regions": is_phone_number_of_the_text_s_regions,
    "is_obfuscated_email": is_obfuscated_email,
    "is_valid_dni_nie_es": is_valid_dni_nie_es,
    "is_valid_national_number_be": is_valid_national_number_be,
    "is_valid_pps_ie": is_valid_pps_ie,
    "is_valid_nino_uk": is_valid_nino_uk,
    "looks_like_secret": looks_like_secret,
    "is_latitude_longitude": is_latitude_longitude,
    "is_emirates_id": is_emirates_id,
    "is_orcid": is_orcid,
    "ends_in_a_known_place": ends_in_a_known_place,
    "has_name_in_path": has_name_in_path,
    "is_personal_number": is_personal_number,
    "is_document_number": is_document_number,
    "is_nif": is_nif,
    "is_record_number": is_record_number,
    "is_uk_driving_licence": is_uk_driving_licence,
}
STDNUM_PREFIX = "stdnum:"  # "stdnum:nl.bsn": any number format python-stdnum knows


def validator(name: str) -> Validator | None:
    """A named check: one of VALIDATORS, or "stdnum:CC.MODULE" for python-stdnum's own
    is_valid of that module (its checksum and format), or None if there is no such check."""
    if name in VALIDATORS:
        return VALIDATORS[name]
    if name.startswith(STDNUM_PREFIX) and _stdnum_module_exists(name[len(STDNUM_PREFIX) :]):
        return functools.partial(_stdnum_is_valid, name[len(STDNUM_PREFIX) :])
    return None


def _stdnum_module_exists(module: str) -> bool:
    # Looked up on disk, not imported: listing rules stays cheap.
    import importlib.util

    spec = importlib.util.find_spec("stdnum")
    if spec is None or spec.origin is None or not re.fullmatch(r"[a-z_]+(\.[a-z_]+)*", module):
        return False
    return Path(spec.origin).parent.joinpath(*module.split(".")).with_suffix(".py").is_file()


def _stdnum_is_valid(module: str, text: str) -> bool:
    import importlib

    try:
        return bool(importlib.import_module(f"stdnum.{module}").is_valid(text))
    except Exception:
        return False
