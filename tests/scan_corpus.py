"""A labelled corpus for scan: several schemas in several languages, every column's true class, small
generated data (fixed seeds), built into a live engine by the test that measures scan's accuracy."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from datamask_sql.lookups import builtin
from datamask_sql.scan.checksums import luhn

ROWS = 40
Gen = Callable[[random.Random, int], object]


def _names(kind: str, locale: str) -> tuple[str, ...]:
    return builtin(kind, locale).values


def first(locale: str) -> Gen:
    # Most names are common ones; some are not in any shipped list (rare names exist in every table).
    return lambda r, i: (
        r.choice(_names("first_name", locale))
        if r.random() < 0.85
        else r.choice(["Xaver", "Zuleika", "Odalys", "Quirin"])
    )


def last(locale: str) -> Gen:
    return lambda r, i: (
        r.choice(_names("last_name", locale)) if r.random() < 0.85 else r.choice(["Pfleiderer", "Quaresma", "Yzerman"])
    )


def full(locale: str) -> Gen:
    return lambda r, i: f"{first(locale)(r, i)} {last(locale)(r, i)}"


def email(r: random.Random, i: int) -> str:
    return f"{r.choice(['ana', 'jo', 'li', 'max'])}.{i}@{r.choice(['gmail.com', 'gmx.de', 'free.fr', 'uol.com.br'])}"


def phone(prefix: str) -> Gen:
    return lambda r, i: f"{prefix} {r.randint(10, 99)} {r.randint(1000, 9999)}-{r.randint(1000, 9999)}"


def card(r: random.Random, i: int) -> str:
    while True:
        digits = "4" + "".join(str(r.randint(0, 9)) for _ in range(15))
        if luhn(digits):
            return " ".join(digits[k : k + 4] for k in range(0, 16, 4))


def iban(r: random.Random, i: int) -> str:
    bban = "".join(str(r.randint(0, 9)) for _ in range(18))
    check = 98 - int("".join(str(int(c, 36)) for c in bban + "DE00")) % 97
    return f"DE{check:02d}{bban}"


def cpf(r: random.Random, i: int) -> str:
    d = [r.randint(0, 9) for _ in range(9)]
    for n in (9, 10):
        d.append(sum(v * (n + 1 - k) for k, v in enumerate(d)) * 10 % 11 % 10)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def ssn(r: random.Random, i: int) -> str:
    return f"{r.randint(100, 899)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}"


def ip(r: random.Random, i: int) -> str:
    return ".".join(str(r.randint(1, 254)) for _ in range(4))


def birth(r: random.Random, i: int) -> dt.date:
    return dt.date(1940, 1, 1) + dt.timedelta(days=r.randint(0, 60 * 365))


def recent(r: random.Random, i: int) -> dt.datetime:
    return dt.datetime(2023, 1, 1) + dt.timedelta(minutes=r.randint(0, 500_000))


def street(r: random.Random, i: int) -> str:
    return f"{r.choice(['Hauptstraße', 'Rue de la Paix', 'Rua Augusta', 'Main St', 'Calle Mayor'])} {r.randint(1, 200)}"


def city(r: random.Random, i: int) -> str:
    return r.choice(["Berlin", "Lyon", "Porto Alegre", "Austin", "Sevilla"])


def postal(r: random.Random, i: int) -> str:
    return f"{r.randint(10000, 99999)}"


def note(r: random.Random, i: int) -> str | None:
    return r.choice([None, "call me at +49 30 6616432 please", "Prefers delivery after 6pm.", "mail ana@x.org first"])


def word(*choices: str) -> Gen:
    return lambda r, i: r.choice(choices)


def number(lo: int, hi: int) -> Gen:
    return lambda r, i: r.randint(lo, hi)


def digits_id(r: random.Random, i: int) -> str:
    # Order numbers of 16 digits: about one in ten passes Luhn by chance, as any digit string does.
    return "".join(str(r.randint(0, 9)) for _ in range(16))


def serial(r: random.Random, i: int) -> int:
    return i + 1


# schema -> table -> [(column, type, true class or None, generator)]
CORPUS: dict[str, dict[str, list[tuple[str, str, str | None, Gen]]]] = {
    "crm_en": {
        "customers": [
            ("id", "INT", None, serial),
            ("first_name", "VARCHAR(40)", "person.first_name", first("en_US")),
            ("last_name", "VARCHAR(40)", "person.last_name", last("en_US")),
            ("email", "VARCHAR(80)", "contact.email", email),
            ("phone", "VARCHAR(30)", "contact.phone", phone("+1")),
            ("dob", "DATE", "person.birth_date", birth),
            ("ssn", "VARCHAR(11)", "person.national_id", ssn),
            ("street_address", "VARCHAR(80)", "address.street", street),
            ("city", "VARCHAR(40)", "address.city", city),
            ("zip", "VARCHAR(10)", "address.postal_code", postal),
            ("created_at", "TIMESTAMP", None, recent),
            ("email_sent_at", "TIMESTAMP", None, recent),
            ("phone_verified", "BOOLEAN", None, lambda r, i: r.random() < 0.5),
            ("notes", "VARCHAR(200)", "text.free", note),
        ],
        "products": [
            ("id", "INT", None, serial),
            ("name", "VARCHAR(40)", None, word("Desk lamp", "Chair", "Mug", "Notebook")),
            ("sku", "VARCHAR(20)", None, lambda r, i: f"SKU-{r.randint(10000, 99999)}"),
            ("price", "DECIMAL(10,2)", None, lambda r, i: r.randint(100, 9999) / 100),
        ],
        "zip_stats": [
            ("id", "INT", None, serial),
            ("zip_code_count", "INT", None, number(0, 500)),
            ("region", "VARCHAR(20)", None, word("north", "south", "east", "west")),
        ],
    },
    "shop_de": {
        "kunden": [
            ("kunden_nr", "INT", None, serial),
            ("vorname", "VARCHAR(40)", "person.first_name", first("de_DE")),
            ("nachname", "VARCHAR(40)", "person.last_name", last("de_DE")),
            ("e_mail", "VARCHAR(80)", "contact.email", email),
            ("telefonnummer", "VARCHAR(30)", "contact.phone", phone("+49")),
            ("geburtsdatum", "DATE", "person.birth_date", birth),
            ("straße", "VARCHAR(80)", "address.street", street),
            ("plz", "VARCHAR(5)", "address.postal_code", postal),
            ("ort", "VARCHAR(40)", "address.city", city),
            ("iban", "VARCHAR(34)", "finance.iban", iban),
            ("bemerkung", "VARCHAR(200)", "text.free", note),
            ("erstellt_am", "TIMESTAMP", None, recent),
        ],
        "artikel": [
            ("id", "INT", None, serial),
            ("name", "VARCHAR(40)", None, word("Tisch", "Stuhl", "Lampe")),
            ("preis", "DECIMAL(10,2)", None, lambda r, i: r.randint(100, 9999) / 100),
        ],
    },
    "boutique_fr": {
        "clients": [
            ("id", "INT", None, serial),
            ("prenom", "VARCHAR(40)", "person.first_name", first("fr_FR")),
            ("nom", "VARCHAR(40)", "person.last_name", last("fr_FR")),
            ("courriel", "VARCHAR(80)", "contact.email", email),
            ("telephone_portable", "VARCHAR(30)", "contact.phone", phone("+33")),
            ("date_de_naissance", "DATE", "person.birth_date", birth),
            ("adresse", "VARCHAR(80)", "address.street", street),
            ("code_postal", "VARCHAR(5)", "address.postal_code", postal),
            ("ville", "VARCHAR(40)", "address.city", city),
            ("statut", "VARCHAR(10)", None, word("actif", "inactif")),
        ],
        "produits": [
            ("id", "INT", None, serial),
            ("nom", "VARCHAR(40)", None, word("Table", "Chaise", "Lampe")),
            ("prix", "DECIMAL(10,2)", None, lambda r, i: r.randint(100, 9999) / 100),
        ],
    },
    "loja_pt": {
        "clientes": [
            ("id", "INT", None, serial),
            ("nome_completo", "VARCHAR(80)", "person.full_name", full("pt_BR")),
            ("cpf", "VARCHAR(14)", "person.national_id", cpf),
            ("email", "VARCHAR(80)", "contact.email", email),
            ("celular", "VARCHAR(30)", "contact.phone", phone("+55")),
            ("data_nascimento", "DATE", "person.birth_date", birth),
            ("endereco", "VARCHAR(80)", "address.street", street),
            ("cep", "VARCHAR(9)", "address.postal_code", postal),
            ("cidade", "VARCHAR(40)", "address.city", city),
            ("observacoes", "VARCHAR(200)", "text.free", note),
            ("ativo", "BOOLEAN", None, lambda r, i: r.random() < 0.5),
        ],
    },
    "tienda_es": {
        "usuarios": [
            ("id", "INT", None, serial),
            ("nombre", "VARCHAR(40)", "person.first_name", first("en_US")),
            ("apellido", "VARCHAR(40)", "person.last_name", last("en_US")),
            ("correo", "VARCHAR(80)", "contact.email", email),
            ("telefono_movil", "VARCHAR(30)", "contact.phone", phone("+34")),
            ("fecha_de_nacimiento", "DATE", "person.birth_date", birth),
            ("direccion", "VARCHAR(80)", "address.street", street),
            ("codigo_postal", "VARCHAR(5)", "address.postal_code", postal),
            ("ciudad", "VARCHAR(40)", "address.city", city),
            ("fecha_alta", "TIMESTAMP", None, recent),
        ],
    },
    "billing": {
        "payments": [
            ("id", "INT", None, serial),
            ("card_number", "VARCHAR(19)", "card.number", card),
            ("payer_iban", "VARCHAR(34)", "finance.iban", iban),
            ("client_ip", "VARCHAR(15)", "online.ip_address", ip),
            ("order_ref", "VARCHAR(16)", None, digits_id),
            ("amount", "DECIMAL(10,2)", None, lambda r, i: r.randint(100, 99999) / 100),
            ("currency", "VARCHAR(3)", None, word("EUR", "USD", "BRL")),
        ],
        # A legacy export whose names say nothing: only the values can tell.
        "legacy_export": [
            ("id", "INT", None, serial),
            ("f1", "VARCHAR(80)", "contact.email", email),
            ("f2", "VARCHAR(19)", "card.number", card),
            ("f3", "VARCHAR(34)", "finance.iban", iban),
            ("f4", "VARCHAR(14)", "person.national_id", cpf),
            ("f5", "VARCHAR(10)", None, word("open", "closed", "pending")),
            ("f6", "INT", None, number(1, 10_000)),
        ],
    },
}


def rows_of(schema: str, table: str) -> list[tuple]:
    """The table's generated rows (fixed seed per table)."""
    columns = CORPUS[schema][table]
    r = random.Random(f"{schema}.{table}")
    return [tuple(gen(r, i) for _, _, _, gen in columns) for i in range(ROWS)]


def labels() -> dict[tuple[str, str, str], str | None]:
    """(schema, table, column) -> true class (None: not sensitive)."""
    return {(s, t, c): cls for s, tables in CORPUS.items() for t, cols in tables.items() for c, _, cls, _ in cols}
