# Text processing: word counts, n-grams, formatting a table, simple cipher.
TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""

words = [w.strip(",.").lower() for w in TEXT.split()]
print(len(words), len(set(words)))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
print(f"{'word':<10}{'count':>6}{'share':>8}")
for w, n in top:
    print(f"{w:<10}{n:>6}{n / len(words):>8.1%}")
bigrams = {}
for a, b in zip(words, words[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
print(sorted(((n, a + " " + b) for (a, b), n in bigrams.items() if n > 2), reverse=True))
lengths = {}
for w in words:
    lengths.setdefault(len(w), []).append(w)
for n in sorted(lengths):
    print(n, sorted(set(lengths[n])))

def caesar(s, k):
    out = []
    for ch in s:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
line = TEXT.splitlines()[0]
enc = caesar(line, 13)
print(enc)
print(caesar(enc, 13) == line)
lines = TEXT.splitlines()
width = max(len(l) for l in lines)
print("+" + "-" * (width + 2) + "+")
for l in lines:
    print(f"| {l:<{width}} |")
print("+" + "-" * (width + 2) + "+")
vowels = sum(1 for ch in TEXT.lower() if ch in "aeiou")
print("vowels", vowels, "consonants", sum(1 for ch in TEXT.lower() if ch.isalpha()) - vowels)
acronym = "".join(w[0].upper() for w in "portable operating system interface".split())
print(acronym, "%s has %d letters" % (acronym, len(acronym)), "{:*^20}".format(acronym))
print(" ".join(reversed(line.split())), line.title(), line.count("t"), line.find("worst"))
