"""The training prompt as a Hugging Face chat template, generated from render.py's constants.

    tokenizer.apply_chat_template([{"role": "user", "content": q}], tools=tools,
                                  add_generation_prompt=True, tokenize=False)
    == "<|begin_of_text|>" + render_prompt(q, to_xlam_tools(tools))

Tools may be XLAM tools (rendered as given) or OpenAI tools `{"type": "function", "function": {...}}`
with JSON Schema parameters, converted in Jinja exactly as `eval.infer.to_xlam_tools` converts them
(the type map is `xlam_types.JSON_SCHEMA_TO_XLAM_TYPES`; tests/test_chat_template.py proves the
equality on generated tools).
Servers that render chat templates (vLLM, TGI) thus send the model what it was trained on.

Messages: system messages are skipped (the model was trained without one), then exactly one user
message with string content. Anything else is refused with an error naming the rule.

Limit: `tokenize=True` tokenizes the rendered text in one piece, so special-token text inside the
query or tools (e.g. a query holding "<|eot_id|>") becomes that special token, where training keeps
it as plain text (`split_special_tokens=True`). For other text the ids equal training's. Jinja cannot
mark text as "not special"; `eval.infer.prompt_ids` (used by `python -m serve`) tokenizes like training.
"""

from __future__ import annotations

import json
from pathlib import Path

from prompt_strategies.render import SEPARATOR, TOOLS_CLOSE, TOOLS_OPEN, USER_CLOSE, USER_OPEN
from prompt_strategies.xlam_types import JSON_SCHEMA_TO_XLAM_TYPES

# Jinja mirror of eval.bfcl._xlam_type / _describe / _parameters and eval.infer._first_type.
_CONVERSION = r"""
{%- macro xlam_type(spec, top) -%}
{%- set t = spec.get('type', 'any') -%}
{%- if top and t is iterable and t is not string and t is not mapping -%}
{%- set t = (t | reject('equalto', 'null') | list or ['any'])[0] -%}
{%- endif -%}
{%- set t = t | lower if t is string else 'any' -%}
{%- if t == 'array' -%}
{%- set items = spec.get('items') -%}
{%- if items is mapping and items.get('type') -%}List[{{ xlam_type(items, false) }}]
{%- else -%}list{%- endif -%}
{%- else -%}{{ XLAM_TYPES[t] if t in XLAM_TYPES else 'Any' }}{%- endif -%}
{%- endmacro -%}

{%- macro describe(spec) -%}
{%- set extra = [] -%}
{%- if spec.get('enum') -%}
{%- set enum = spec['enum'] if spec['enum'] is iterable and spec['enum'] is not string
    and spec['enum'] is not mapping else [spec['enum']] -%}
{%- set extra = extra + ['One of: ' ~ (enum | map('tojson') | join(', ')) ~ '.'] -%}
{%- endif -%}
{%- set items = spec['items'] if spec.get('items') is mapping else {} -%}
{%- set owner = spec if spec.get('properties') is mapping and spec['properties'] else items -%}
{%- if owner.get('properties') is mapping and owner['properties'] -%}
{%- set extra = extra + ['Fields: ' ~ parameters(owner['properties'], owner.get('required'), false)] -%}
{%- endif -%}
{{- ([spec.get('description', '') | string | trim] + extra) | join(' ') | trim -}}
{%- endmacro -%}

{%- macro parameters(properties, required, top) -%}
{%- set required = required if required is iterable and required is not string
    and required is not mapping else [] -%}
{
{%- for name, spec in properties.items() -%}
{%- set spec = spec if spec is mapping else {} -%}
{%- set type = xlam_type(spec, top) -%}
{{ name | tojson }}: {"description": {{ describe(spec) | tojson }}, "type": {{ (type if name in required
    else type ~ ', optional') | tojson }}
{%- if name not in required and 'default' in spec -%}, "default": {{ spec['default'] | tojson }}{%- endif -%}
}{{ ', ' if not loop.last }}
{%- endfor -%}
}
{%- endmacro -%}

{%- macro tool_json(tool) -%}
{%- if tool is not mapping -%}{{ raise_exception('a tool must be an object') }}{%- endif -%}
{%- set fn = tool['function'] if tool.get('function') is mapping else tool -%}
{%- if 'name' not in fn -%}{{ raise_exception("tool without a 'name'") }}{%- endif -%}
{%- set params = fn.get('parameters') or {} -%}
{%- if params is not mapping -%}{{ raise_exception("'parameters' must be an object") }}{%- endif -%}
{%- set schema = params.get('properties') is mapping or params.get('type') == 'object' -%}
{%- if tool.get('function') is mapping or schema -%}
{%- if fn['name'] is not string -%}{{ raise_exception("a function needs a string 'name'") }}{%- endif -%}
{"name": {{ fn['name'] | tojson }}, "description": {{ fn.get('description', '') | string | tojson -}}
, "parameters": {{ parameters(params.get('properties') or {}, params.get('required'), true) }}}
{%- else -%}{{ fn | tojson }}{%- endif -%}
{%- endmacro -%}
"""

_MESSAGES = r"""
{%- set turns = messages | rejectattr('role', 'equalto', 'system') | list -%}
{%- if turns | length != 1 or turns[0]['role'] != 'user' or turns[0]['content'] is not string -%}
{{ raise_exception('this model answers one user message (string content) with tool calls; '
    'send [system?, user] messages') }}
{%- endif -%}
{{- bos_token }}{{ USER_OPEN }}{{ turns[0]['content'] }}{{ USER_CLOSE }}{{ SEPARATOR }}{{ TOOLS_OPEN }}[
{%- for tool in tools or [] -%}{{ tool_json(tool) }}{{ ', ' if not loop.last }}{%- endfor -%}
]{{ TOOLS_CLOSE }}{{ SEPARATOR }}
"""


def _constants() -> str:
    values = {
        "USER_OPEN": USER_OPEN,
        "USER_CLOSE": USER_CLOSE,
        "TOOLS_OPEN": TOOLS_OPEN,
        "TOOLS_CLOSE": TOOLS_CLOSE,
        "SEPARATOR": SEPARATOR,
        "XLAM_TYPES": JSON_SCHEMA_TO_XLAM_TYPES,
    }
    return "".join(f"{{%- set {k} = {json.dumps(v)} -%}}" for k, v in values.items())


# Line breaks inside {% %} / {{ }} are free; the only text outside tags is what render.py writes.
CHAT_TEMPLATE = "\n".join(line for line in (_constants() + _CONVERSION + _MESSAGES).splitlines())

TEMPLATE_FILE = "chat_template.jinja"


def write_chat_template(model_dir) -> Path:
    """Write the template beside a saved tokenizer. transformers reads `chat_template.jinja` in
    preference to a template inside tokenizer_config.json; that one (e.g. the base model's Llama 3
    chat template) is removed so no reader can pick the wrong one."""
    model_dir = Path(model_dir)
    (model_dir / TEMPLATE_FILE).write_text(CHAT_TEMPLATE, encoding="utf-8")
    config_file = model_dir / "tokenizer_config.json"
    if config_file.is_file():
        config = json.loads(config_file.read_text(encoding="utf-8"))
        if config.pop("chat_template", None) is not None:
            config_file.write_text(json.dumps(config, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return model_dir / TEMPLATE_FILE
