# strings: string building, slicing and formatting -- a small report
# generator using %-formatting, str.format and format(), split/join/replace,
# case conversion, find/startswith/strip, slicing with steps, a Caesar
# cipher through ord/chr, run-length encoding and a word-wrapping routine.
# test-size: 5
# default-size: 300
import sys

DEFAULT_SIZE = 300

WORDS = ("alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima "
         "mike november oscar papa quebec romeo sierra tango uniform victor whiskey "
         "xray yankee zulu").split()


def make_text(count, seed):
    x = seed
    out = []
    for i in range(count):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        w = WORDS[(x >> 7) % len(WORDS)]
        if (x >> 3) % 7 == 0:
            w = w.capitalize()
        out.append(w)
        if i % 11 == 10:
            out.append("\n")
    return " ".join(out), x


def caesar(text, shift):
    chars = []
    for ch in text:
        if "a" <= ch <= "z":
            chars.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        elif "A" <= ch <= "Z":
            chars.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        else:
            chars.append(ch)
    return "".join(chars)


def run_length(text):
    if not text:
        return ""
    parts = []
    prev = text[0]
    count = 1
    for ch in text[1:]:
        if ch == prev:
            count += 1
        else:
            parts.append("%d%s" % (count, prev) if count > 1 else prev)
            prev = ch
            count = 1
    parts.append("%d%s" % (count, prev) if count > 1 else prev)
    return "".join(parts)


def wrap(words, width):
    lines = []
    line = ""
    for w in words:
        if not line:
            line = w
        elif len(line) + 1 + len(w) <= width:
            line += " " + w
        else:
            lines.append(line)
            line = w
    if line:
        lines.append(line)
    return lines


def report(lines):
    rows = []
    rows.append("{:<6}|{:>8}|{:>8}|{:^12}".format("line", "words", "chars", "first"))
    rows.append("-" * 37)
    total_words = 0
    for i, line in enumerate(lines):
        words = line.split()
        total_words += len(words)
        first = words[0] if words else ""
        rows.append("{:<6}|{:>8}|{:>8}|{:^12}".format(i, len(words), len(line), first[:12]))
    rows.append("%-6s|%8d|%8.2f|" % ("avg", total_words, total_words / max(1, len(lines))))
    rows.append("ratio " + format(total_words / 7.0, ".4f") + " " + format(len(lines), "05d"))
    return "\n".join(rows)


def analyse(text):
    lines = [ln.strip() for ln in text.split("\n")]
    score = 0
    for line in lines:
        if not line:
            continue
        upper = line.upper()
        score += upper.count("A") + line.find("o") + len(line[::-1][:5])
        if line.startswith("Alpha") or line.endswith("zulu"):
            score += 17
        swapped = line.replace("a", "4").replace("e", "3").replace("o", "0")
        score += len(swapped) - swapped.count("4")
        title = line.title()
        score += sum(1 for c in title if c.isupper())
        head, sep, tail = line.partition(" ")
        score += len(head) * 2 + len(tail) % 13
        score += line.lower().rfind("a")
        if "kilo" in line:
            score += line.index("kilo")
    return score, lines


def main(n):
    checksum = 0
    seed = 99
    sample = ""
    for r in range(n):
        text, seed = make_text(1500, seed)
        score, lines = analyse(text)
        secret = caesar(text, 3 + r % 20)
        back = caesar(secret, 26 - (3 + r % 20))
        if back != text:
            raise ValueError("caesar round trip failed")
        rle = run_length("".join(sorted(text[:3000])))
        wrapped = wrap(text.split(), 40)
        table = report(wrapped)
        pieces = []
        for i in range(0, len(text), 97):
            pieces.append(text[i:i + 5].strip().upper() + str(i))
        joined = ",".join(pieces)
        acc = ""
        for p in pieces[:200]:
            acc += p[:3]
            acc += "|"
        checksum += score + len(secret) + len(rle) + len(table) + len(joined) + len(acc)
        checksum += table.count("|") + rle.count("e") + joined.count("A")
        checksum %= 1000000007
        sample = table.split("\n")[2]
    print(sample)
    print("checksum=%d" % checksum)


main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
