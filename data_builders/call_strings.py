"""Python call strings from BFCL ground truth ("f(a=1, b='x')", "sort('r.pdf')") -> XLAM calls.

Arguments are literals; simple arithmetic of numbers (`p=1/6`) is evaluated. Positional arguments
take the function's parameter names in declaration order.
"""

from __future__ import annotations

import ast
import operator

_OPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.Pow: operator.pow,
}


class CallStringError(ValueError):
    """A ground-truth string that is not a call of literal arguments."""


def _value(node: ast.AST):
    try:
        return ast.literal_eval(node)
    except ValueError:
        pass
    if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
        left, right = _value(node.left), _value(node.right)
        if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (left, right)):
            return _OPS[type(node.op)](left, right)
    raise CallStringError(f"not a literal: {ast.unparse(node)[:60]}")


def _name(func: ast.AST) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return f"{_name(func.value)}.{func.attr}"
    raise CallStringError(f"not a function name: {ast.unparse(func)[:60]}")


def parse_call(text: str, parameter_order: dict[str, list[str]]) -> dict:
    """One call string -> {"name", "arguments"}; `parameter_order[name]` names positionals."""
    try:
        node = ast.parse(text.strip(), mode="eval").body
    except SyntaxError as exc:
        raise CallStringError(f"not Python: {text[:60]}") from exc
    if not isinstance(node, ast.Call):
        raise CallStringError(f"not a call: {text[:60]}")
    name = _name(node.func)
    arguments = {}
    if node.args:
        order = parameter_order.get(name, [])
        if len(node.args) > len(order):
            raise CallStringError(f"{name}: {len(node.args)} positional arguments, known {order}")
        arguments.update({key: _value(arg) for key, arg in zip(order, node.args)})
    for keyword in node.keywords:
        if keyword.arg is None:
            raise CallStringError(f"{name}: **kwargs")
        arguments[keyword.arg] = _value(keyword.value)
    return {"name": name, "arguments": arguments}


def parameter_order(functions: list[dict]) -> dict[str, list[str]]:
    """{function name: its parameter names in declaration order} of BFCL function docs."""
    return {f["name"]: list((f.get("parameters") or {}).get("properties") or {}) for f in functions}
