# unicodedata: properties, numeric values, names, normalization forms and
# errors (CPython 3.11's Unicode 14 tables), and the idna codec over it.
import unicodedata as u
def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(label, repr(r))
for c in ["a", "Z", "1", "½", "٣", "ⅷ", " ", "\n", "é", "中", "😀", "\u0301", "\ud800", "\ue000", "\U000e0001", "\u0378", "가", "\u00ad", "«", "¹"]:
    show(repr(c), lambda: (u.category(c), u.bidirectional(c), u.combining(c), u.east_asian_width(c), u.mirrored(c),
                           u.decomposition(c), u.decimal(c, None), u.digit(c, None), u.numeric(c, None), u.name(c, None)))
for n in ["LATIN SMALL LETTER A", "latin small letter a", "GRINNING FACE", "HANGUL SYLLABLE GA", "CJK UNIFIED IDEOGRAPH-4E2D", "NO SUCH THING"]:
    show(n, lambda: u.lookup(n))
s = "Café ﬁ Å ½ ｶ"
for form in ["NFC", "NFD", "NFKC", "NFKD", "XYZ"]:
    show(form, lambda: (u.normalize(form, s), u.is_normalized(form, s)))
show("ascii strip", lambda: "".join(c for c in u.normalize("NFD", "Crème brûlée") if u.category(c) != "Mn"))
show("errors", lambda: u.category("ab"))
show("errors2", lambda: u.category(5))
show("decimal err", lambda: u.decimal("a"))
show("digit err", lambda: u.digit("½"))
show("numeric err", lambda: u.numeric("a"))
show("name err", lambda: u.name("\u0378"))
show("version", lambda: u.unidata_version)
show("ucd", lambda: u.ucd_3_2_0.category("a"))
import encodings.idna
show("idna", lambda: "bücher.example".encode("idna"))
show("idna decode", lambda: b"xn--bcher-kva.example".decode("idna"))
import stringprep
show("stringprep", lambda: stringprep.in_table_b1("\u00ad"))
show("unassigned kept", lambda: u.normalize("NFKC", "\u0558e\u0301\u209d"))
show("surrogate kept", lambda: u.normalize("NFC", "e\u0301\ud800"))
