"""The words name rules match: per class, in en, de, fr, pt and es, with abbreviations; and the words that
make a name about an identifier rather than the identifier itself."""

from __future__ import annotations

# fmt: off
# (class, strength, phrases): a phrase is a space-separated run of tokens that must appear consecutively.
# Strength is the confidence the name alone gives. The first rule that matches wins, so the specific come
# first: `email_address` is an email, `ip_address` an IP, `billing_address_zip` a postal code.
RULES: tuple[tuple[str, float, tuple[str, ...]], ...] = (
    ("contact.email", 0.8, ("email", "e mail", "mail", "courriel", "correo", "emailadresse", "mailadresse")),
    ("contact.phone", 0.8, (
        "phone", "telephone", "tel", "telefon", "telefone", "telefono", "mobile", "mobil", "cell", "cellphone",
        "handy", "celular", "movil", "portable", "fax", "msisdn", "phone number", "telefonnummer",
    )),
    ("online.ip_address", 0.8, ("ip", "ip address", "ipaddress", "ipaddr", "ip addr", "ipv4", "ipv6")),
    ("finance.iban", 0.9, ("iban",)),
    ("card.number", 0.85, (
        "card number", "cardnumber", "card no", "cc number", "ccnum", "cc", "pan", "credit card", "creditcard",
        "kreditkarte", "kartennummer", "numero carte", "carte bancaire", "numero cartao", "cartao",
        "numero tarjeta", "tarjeta",
    )),
    ("person.national_id", 0.85, (
        "ssn", "social security", "national id", "nationalid", "national insurance", "cpf", "nir", "insee",
        "steuer id", "steuerid", "steuernummer", "personalausweis", "ausweisnummer", "dni", "nif", "nie", "curp",
        "rg", "tax id", "taxid", "passport", "passport number", "reisepass", "bsn", "sozialversicherung",
        "numero secu", "securite sociale", "seguridad social",
    )),
    ("person.birth_date", 0.85, (
        "dob", "birth date", "birthdate", "date of birth", "birthday", "birth", "geburtsdatum", "geburtstag",
        "date naissance", "date de naissance", "naissance", "data nascimento", "data de nascimento", "nascimento",
        "fecha nacimiento", "fecha de nacimiento", "nacimiento",
    )),
    ("address.postal_code", 0.8, (
        "zip", "zipcode", "zip code", "postal code", "postcode", "plz", "postleitzahl", "code postal", "cep",
        "codigo postal", "cp",
    )),
    ("person.first_name", 0.8, (
        "first name", "fname", "firstname", "given name", "forename", "vorname", "prenom", "primeiro nome",
        "nombre de pila", "primer nombre",
    )),
    ("person.last_name", 0.8, (
        "last name", "lname", "lastname", "surname", "family name", "nachname", "familienname", "nom de famille",
        "sobrenome", "apellido", "apellidos", "apelido", "ultimo nome",
    )),
    ("person.full_name", 0.8, (
        "full name", "fullname", "nome completo", "nom complet", "nombre completo", "vollstandiger name",
        "holder name", "cardholder", "customer name", "contact name", "display name", "titular",
    )),
    ("address.city", 0.75, ("city", "town", "stadt", "ort", "wohnort", "ville", "cidade", "ciudad", "localidad")),
    ("address.street", 0.8, (
        "street", "address", "addr", "address line", "strasse", "adresse", "anschrift", "rue", "rua", "endereco",
        "logradouro", "calle", "direccion", "domicilio", "morada",
    )),
    ("online.username", 0.7, ("username", "user name", "login", "benutzername", "nom utilisateur")),
    ("text.free", 0.6, (
        "notes", "note", "comment", "comments", "remarks", "remark", "bemerkung", "bemerkungen", "notiz",
        "kommentar", "commentaire", "remarque", "observacao", "observacoes", "observaciones", "comentario", "nota",
        "notas", "memo",
    )),
)

# A bare name is a person's only on a table of people; French `nom` is the family name, Spanish `nombre`
# the given name.
BARE_NAMES = {"name": "person.full_name", "nome": "person.full_name", "nombre": "person.first_name",
              "nom": "person.last_name"}
PERSON_TABLES = (
    "customer", "customers", "client", "clients", "cliente", "clientes", "user", "users", "person", "persons",
    "people", "persona", "personas", "pessoa", "pessoas", "employee", "employees", "staff", "member", "members",
    "contact", "contacts", "patient", "patients", "kunde", "kunden", "mitarbeiter", "utilisateur", "utilisateurs",
    "usuario", "usuarios", "author", "authors", "owner", "owners", "account", "accounts", "cardholder", "holders",
    "student", "students", "guest", "guests", "passenger", "passengers", "buyer",
)
# Tokens that make a name about the identifier rather than the identifier itself: `email_sent_at`,
# `phone_verified`, `zip_code_count`, `has_iban`, `address_type`.
NEGATIVE = (
    "at", "on", "sent", "count", "cnt", "total", "verified", "confirmed", "valid", "validated", "flag", "is", "has",
    "opt", "optin", "opted", "consent", "enabled", "status", "type", "kind", "format", "hash", "domain", "length",
    "len", "bounced", "changed", "updated", "created", "last4", "country", "template", "provider", "subscribed",
    "unsubscribed", "verification", "allowed", "required", "attempts", "version",
)
# `city_id`, `address_fk`: a reference to a row elsewhere, whose own table holds what is sensitive.
KEY_SUFFIXES = ("id", "fk", "key", "pk", "ref")
# fmt: on
