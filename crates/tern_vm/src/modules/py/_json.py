"""json speedups, as CPython's _json: the scanner object, the one-shot
encoder object and the string escapers, over the native _tern_json."""

import _tern_json

scanstring = _tern_json.scanstring
encode_basestring_ascii = _tern_json.encode_basestring_ascii
encode_basestring = _tern_json.encode_basestring


class make_scanner:
    """JSON scanner object"""

    __slots__ = ('strict', 'object_hook', 'object_pairs_hook', 'parse_float', 'parse_int',
                 'parse_constant', '_args')

    def __init__(self, context):
        self.strict = bool(context.strict)
        self.object_hook = context.object_hook
        self.object_pairs_hook = context.object_pairs_hook
        self.parse_float = context.parse_float
        self.parse_int = context.parse_int
        self.parse_constant = context.parse_constant
        self._args = (self.strict, self.object_hook, self.object_pairs_hook, self.parse_float,
                      self.parse_int, self.parse_constant)

    def __call__(self, string, idx):
        return _tern_json.scan_once(string, idx, *self._args)


make_scanner.__module__ = '_json'
make_scanner.__name__ = make_scanner.__qualname__ = 'Scanner'


class make_encoder:
    """_iterencode(obj, _current_indent_level) -> iterable"""

    __slots__ = ('markers', 'default', 'encoder', 'indent', 'key_separator', 'item_separator',
                 'sort_keys', 'skipkeys', '_args')

    def __init__(self, markers, default, encoder, indent, key_separator, item_separator,
                 sort_keys, skipkeys, allow_nan):
        if markers is not None and not isinstance(markers, dict):
            raise TypeError("make_encoder() argument 1 must be dict or None, not %s"
                            % type(markers).__name__)
        self.markers = markers
        self.default = default
        self.encoder = encoder
        self.indent = indent
        self.key_separator = key_separator
        self.item_separator = item_separator
        self.sort_keys = sort_keys
        self.skipkeys = skipkeys
        self._args = (markers, default, encoder, key_separator, item_separator, sort_keys,
                      skipkeys, allow_nan)

    def __call__(self, obj, _current_indent_level):
        return _tern_json.encode(obj, *self._args)


make_encoder.__module__ = '_json'
make_encoder.__name__ = make_encoder.__qualname__ = 'Encoder'
