"""Thread Lab's Python reader: parses the program on standard input with CPython's own ast module, never runs it.

Prints one JSON object: {"tree": module, "comments": {line: text}} or {"error": {"line", "column", "message"}}.
Each node is {"t": its class, "l": line, "c": column (1-based), and its fields}; a float constant keeps its repr in
"r" so its digits come back exactly. Deeper nesting than MAX_DEPTH is refused with the place where it starts.
"""
import ast
import io
import json
import sys
import tokenize

MAX_DEPTH = 200


class TooDeep(Exception):
    def __init__(self, node):
        self.node = node


def constant(node, out):
    value = node.value
    if value is None or isinstance(value, (bool, int, str)):
        out["v"] = value
    elif isinstance(value, float):
        out["v"] = value if value == value and abs(value) != float("inf") else None
        out["r"] = repr(value)
    else:
        out["k"] = type(value).__name__   # bytes, complex, Ellipsis: named, not carried


def tree(node, depth):
    if depth > MAX_DEPTH:
        raise TooDeep(node)
    out = {"t": type(node).__name__}
    if hasattr(node, "lineno"):
        out["l"] = node.lineno
        out["c"] = node.col_offset + 1
    if isinstance(node, ast.Constant):
        constant(node, out)
        return out
    for name, value in ast.iter_fields(node):
        if name in ("ctx", "type_comment", "type_ignores"):
            continue
        if isinstance(value, ast.AST):
            out[name] = tree(value, depth + 1)
        elif isinstance(value, list):
            out[name] = [tree(v, depth + 1) if isinstance(v, ast.AST) else v for v in value]
        elif value is None or isinstance(value, (bool, int, str)):
            out[name] = value
    return out


def comments(source):
    found = {}
    try:
        for token in tokenize.generate_tokens(io.StringIO(source).readline):
            if token.type == tokenize.COMMENT:
                found[str(token.start[0])] = token.string
    except (tokenize.TokenError, SyntaxError):
        pass
    return found


def main():
    source = sys.stdin.buffer.read().decode("utf-8", errors="replace")
    try:
        module = ast.parse(source, "<import>")
        result = {"tree": tree(module, 0), "comments": comments(source)}
    except SyntaxError as e:
        result = {"error": {"line": e.lineno or 1, "column": e.offset or 1, "message": e.msg}}
    except TooDeep as e:
        node = e.node
        result = {"error": {"line": getattr(node, "lineno", 1), "column": getattr(node, "col_offset", 0) + 1,
                            "message": "the code is nested more than %d levels deep here" % MAX_DEPTH}}
    except (RecursionError, MemoryError):
        result = {"error": {"line": 1, "column": 1, "message": "the code is nested too deeply for the parser"}}
    json.dump(result, sys.stdout, separators=(",", ":"))


main()
