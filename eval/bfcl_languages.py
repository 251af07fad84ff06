"""BFCL's Java and JavaScript categories (`simple_java`, `simple_javascript`).

BFCL hands function-calling models these docs with every parameter retyped as `string` (and a
hint naming the Java/JavaScript type), and its AST checker requires every argument to be a
string holding a Java/JavaScript literal (`"true"`, `"50L"`, `"new ArrayList<>(Arrays.asList(...))"`,
`"[1, 2]"`), which it converts back with its own type converters before comparing with the
possible answers. We do the same: the model sees the retyped docs (`model_functions`) and emits
string literals; `to_literal` renders a possible-answer value as the literal BFCL's converters
read back, for the reference calls.
"""

from __future__ import annotations

import copy
import json

PYTHON, JAVA, JAVASCRIPT = "python", "java", "javascript"


def language(category: str) -> str:
    """As bfcl_eval.utils.is_java / is_js."""
    if "javascript" in category:
        return JAVASCRIPT
    return JAVA if "java" in category else PYTHON


def model_functions(functions: list[dict], category: str) -> list[dict]:
    """The function docs a model is shown: BFCL's language-specific rewrite for Java/JavaScript
    (types -> string, type hints in the descriptions); Python docs unchanged."""
    if language(category) == PYTHON:
        return functions
    from bfcl_eval.utils import _func_doc_language_specific_pre_processing

    return _func_doc_language_specific_pre_processing(copy.deepcopy(functions), category)


def convert(value: str, declared: str, nested: str | None, lang: str):
    """A model's string argument read back the way bfcl_eval's checker reads it."""
    if lang == JAVA:
        from bfcl_eval.eval_checker.ast_eval.type_convertor.java_type_converter import java_type_converter

        return java_type_converter(value, declared, nested)
    from bfcl_eval.eval_checker.ast_eval.type_convertor.js_type_converter import js_type_converter

    return js_type_converter(value, declared, nested)


def conversion_types(lang: str) -> dict:
    from bfcl_eval.constants.type_mappings import JAVA_TYPE_CONVERSION, JS_TYPE_CONVERSION

    return JAVA_TYPE_CONVERSION if lang == JAVA else JS_TYPE_CONVERSION


def _number(value) -> str:
    if isinstance(value, float):
        text = repr(value)
        return text if "e" not in text else f"{value:f}"
    return str(value)


def _java_scalar(value, declared: str) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        suffix = {"long": "L", "float": "f"}.get(declared, "")
        return _number(float(value) if declared in ("float", "double") else value) + suffix
    return str(value)


def _java_value(value) -> str:
    """A value inside a HashMap literal (read back by bfcl's parse_java_value)."""
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    return _java_scalar(value, "")


def _java_literal(value, spec: dict) -> str:
    declared = spec.get("type")
    if isinstance(value, list) and declared in ("Array", "ArrayList"):
        nested = (spec.get("items") or {}).get("type", "")
        if declared == "Array":  # bfcl reads Array elements unquoted, whatever their type
            java_type = {
                "String": "String",
                "integer": "int",
                "long": "long",
                "boolean": "boolean",
                "double": "double",
                "float": "float",
                "char": "char",
            }.get(nested, "Object")
            return f"new {java_type}[]{{{', '.join(_java_scalar(v, nested) for v in value)}}}"
        if nested in ("String", "char"):  # ArrayList strips one quote character each side
            quote = '"' if nested == "String" else "'"
            items = [f"{quote}{v}{quote}" for v in value]
        else:
            items = [_java_scalar(v, nested) for v in value]
        return f"new ArrayList<>(Arrays.asList({', '.join(items)}))" if items else "new ArrayList<>()"
    if isinstance(value, dict) and declared == "HashMap":
        puts = " ".join(
            f"put({json.dumps(k, ensure_ascii=False)}, {_java_value(v)});" for k, v in value.items()
        )
        return f"new HashMap<String, Object>() {{{{ {puts} }}}}"
    return _java_scalar(value, declared)


def _js_literal(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return _number(value)
    if isinstance(value, list):
        return "[" + ", ".join(_js_value(v) for v in value) + "]"
    if isinstance(value, dict):
        items = (f"{json.dumps(k)}: {_js_value(v)}" for k, v in value.items())
        return "{" + ", ".join(items) + "}"
    return str(value)


def _js_value(value) -> str:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, str) else _js_literal(value)


def to_literal(value, spec: dict, lang: str) -> str:
    """A possible-answer value as the Java/JavaScript literal string a model should emit."""
    if lang == JAVA:
        return _java_literal(value, spec)
    if spec.get("type") == "Bigint" and isinstance(value, int) and not isinstance(value, bool):
        return f"{value}n"
    return _js_literal(value)


def literal_calls(calls: list[dict], functions: list[dict], category: str) -> list[dict]:
    """Reference calls with Java/JavaScript arguments rendered as the literals a model emits."""
    lang = language(category)
    if lang == PYTHON:
        return calls
    docs = {f["name"]: f["parameters"]["properties"] for f in functions}
    return [
        {
            "name": c["name"],
            "arguments": {
                k: to_literal(v, docs.get(c["name"], {}).get(k, {}), lang) for k, v in c["arguments"].items()
            },
        }
        for c in calls
    ]
