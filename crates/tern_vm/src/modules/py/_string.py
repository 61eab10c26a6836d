"""String helpers for the string module (format string parsing)."""


def formatter_parser(s):
    """Yields (literal_text, field_name, format_spec, conversion)."""
    if not isinstance(s, str):
        raise TypeError(f"descriptor 'formatter_parser' requires a 'str' object but received a '{type(s).__name__}'")
    return iter(_parse(s))


def _parse(s):
    out = []
    i = 0
    n = len(s)
    lit = []
    while i < n:
        c = s[i]
        if c == '{':
            if i + 1 < n and s[i + 1] == '{':
                lit.append('{')
                i += 2
                continue
            # A replacement field: find its matching brace.
            depth = 1
            j = i + 1
            while j < n:
                if s[j] == '{':
                    depth += 1
                elif s[j] == '}':
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            if j >= n:
                raise ValueError("expected '}' before end of string")
            field = s[i + 1:j]
            name, conv, spec = _split_field(field)
            out.append((''.join(lit), name, spec, conv))
            lit = []
            i = j + 1
        elif c == '}':
            if i + 1 < n and s[i + 1] == '}':
                lit.append('}')
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        else:
            lit.append(c)
            i += 1
    if lit:
        out.append((''.join(lit), None, None, None))
    return out


def _split_field(field):
    # The name ends at the first '!' or ':' outside brackets.
    i = 0
    n = len(field)
    in_bracket = False
    while i < n:
        c = field[i]
        if c == '[':
            in_bracket = True
        elif c == ']':
            in_bracket = False
        elif not in_bracket and c in '!:':
            break
        i += 1
    name = field[:i]
    conv = None
    spec = ''
    if i < n and field[i] == '!':
        if i + 1 >= n:
            raise ValueError('end of string while looking for conversion specifier')
        conv = field[i + 1]
        i += 2
        if i < n and field[i] != ':':
            raise ValueError('expected \':\' after conversion specifier')
    if i < n and field[i] == ':':
        spec = field[i + 1:]
    return name, conv, spec


def formatter_field_name_split(name):
    """Splits 'a.b[0]' into ('a', iterator of (is_attr, key))."""
    i = 0
    n = len(name)
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if name[i] == '.':
            j = i + 1
            while j < n and name[j] not in '.[':
                j += 1
            key = name[i + 1:j]
            if not key:
                raise ValueError('Empty attribute in format string')
            rest.append((True, key))
            i = j
        elif name[i] == '[':
            j = name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if key.isdigit():
                key = int(key)
            rest.append((False, key))
            i = j + 1
        else:
            raise ValueError('Only \'.\' or \'[\' may follow \']\' in format field specifier')
    return first, iter(rest)
