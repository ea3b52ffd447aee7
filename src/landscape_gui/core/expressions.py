"""Loss functions typed by people: f(x, y) as text, parsed safely, differentiated symbolically.

The text is never given to eval, exec or sympify. Python's `ast` parses it, every node is checked
against a whitelist (numbers, x, y, pi, e, + − * / ** ^, and the listed functions), limits on
length, nesting depth, size and constant magnitude stop expression bombs, and the sympy expression
is built from the checked tree. The gradient and Hessian are sympy's derivatives, compiled to
numpy."""

from __future__ import annotations

import ast
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from landscape_gui.core.messages import Message, message
from landscape_gui.core.names import suggest

MAX_LENGTH = 500  # characters
MAX_DEPTH = 30  # nesting of operations and calls
MAX_NODES = 400  # operations, numbers and names
MAX_CONSTANT = 1e300  # a constant part evaluating beyond this is refused
MAX_EXPONENT = 100.0  # |exponent| of a constant power of x or y
MAX_DEGREE = 400.0  # nested powers multiply: ((x**20)**20)**2 has degree 800 and is refused
MAX_COEFFICIENT_DIGITS = 300.0  # sympy expands (c*x)**n into c**n*x**n: c**n stays below 1e300

FUNCTIONS: dict[str, int] = {  # name → number of arguments
    "sin": 1, "cos": 1, "tan": 1, "asin": 1, "acos": 1, "atan": 1, "sinh": 1, "cosh": 1,
    "tanh": 1, "exp": 1, "log": 1, "log10": 1, "sqrt": 1, "abs": 1, "sign": 1, "sigmoid": 1,
    "softplus": 1, "min": 2, "max": 2,
}  # fmt: skip
CONSTANTS = {"pi": math.pi, "e": math.e}
VARIABLES = ("x", "y")


def _sigmoid(v: float) -> float:
    """1/(1 + e^−v) with no overflow on the way (sigmoid(−1000) is 0)."""
    if v >= 0:
        return 1.0 / (1.0 + math.exp(-v))
    z = math.exp(v)
    return z / (1.0 + z)


def _softplus(v: float) -> float:
    """log(1 + e^v) with no overflow on the way (softplus(1000) is 1000)."""
    return max(v, 0.0) + math.log1p(math.exp(-abs(v)))


_FLOAT_FUNCTIONS: dict[str, Callable[..., float]] = {
    "sin": math.sin, "cos": math.cos, "tan": math.tan, "asin": math.asin, "acos": math.acos,
    "atan": math.atan, "sinh": math.sinh, "cosh": math.cosh, "tanh": math.tanh, "exp": math.exp,
    "log": math.log, "log10": math.log10, "sqrt": math.sqrt, "abs": abs,
    "sign": lambda v: float(np.sign(v)), "sigmoid": _sigmoid, "softplus": _softplus,
    "min": min, "max": max,
}  # fmt: skip


class ExpressionError(ValueError):
    """What is wrong with the text, where (1-based column), and what to use instead; raised
    with a single Message, e.g. "unknown name 'z' at column 7; use x and y, …"."""

    def __init__(
        self, problem: Message, column: int | None = None, hint: Message | None = None
    ) -> None:
        self.column = column
        self.problem, self.hint = problem, hint
        text = problem
        if column and hint is not None:
            text = message(
                "{problem} at column {column}; {hint}", problem=problem, column=column, hint=hint
            )
        elif column:
            text = message("{problem} at column {column}", problem=problem, column=column)
        elif hint is not None:
            text = message("{problem}; {hint}", problem=problem, hint=hint)
        super().__init__(text)


@dataclass(frozen=True)
class ParsedExpression:
    """A checked expression: the sympy form, its derivatives as text, numpy functions."""

    text: str
    sympy_expr: Any
    gradient_text: tuple[str, str]
    f: Callable[[Any, Any], Any]
    gradient: Callable[[Any, Any], tuple[Any, Any]]
    hessian: Callable[[Any, Any], tuple[Any, Any, Any]]


def _column(node: ast.AST) -> int | None:
    offset = getattr(node, "col_offset", None)
    return offset + 1 if offset is not None else None


class _Checker:
    """Walks the tree, enforcing the whitelist and the limits, building the sympy expression."""

    def __init__(self, source: str = "") -> None:
        import sympy  # noqa: PLC0415 (sympy is heavy; only custom functions need it)

        self.source = source  # the text parsed, to quote a culprit as it was typed
        self.sp = sympy
        self.x, self.y = sympy.symbols("x y", real=True)
        self.nodes = 0

    def build(self, node: ast.AST, depth: int = 0) -> Any:
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise ExpressionError(
                message("the expression is too long: at most {limit} operations", limit=MAX_NODES)
            )
        if depth > MAX_DEPTH:
            too_deep = message("nested too deeply: at most {limit} levels", limit=MAX_DEPTH)
            raise ExpressionError(too_deep, _column(node))
        if isinstance(node, ast.Expression):
            return self.build(node.body, depth)
        if self._constant_only(node):
            value = self._evaluate(node)
            if value.is_integer() and abs(value) < 1e15:
                return self.sp.Integer(int(value))  # x**2, not x**2.0
            return self.sp.Float(value)
        if isinstance(node, ast.Name):
            if node.id in VARIABLES:
                return self.x if node.id == "x" else self.y
            raise self._unknown(node.id, node)
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.UAdd | ast.USub):
            inner = self.build(node.operand, depth + 1)
            return -inner if isinstance(node.op, ast.USub) else inner
        if isinstance(node, ast.BinOp):
            return self._binop(node, depth)
        if isinstance(node, ast.Call):
            return self._call(node, depth)
        hint = message("use numbers, x, y, + − * / ** ^ and the listed functions")
        raise ExpressionError(_not_allowed(node), _column(node), hint)

    def _binop(self, node: ast.BinOp, depth: int) -> Any:
        ops = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.Pow: "**",
               ast.BitXor: "**"}  # fmt: skip
        symbol = ops.get(type(node.op))
        if symbol is None:
            operator = message("the operator '{operator}' is not allowed",
                               operator=_operator(node.op))  # fmt: skip
            raise ExpressionError(operator, _column(node), message("use + − * / ** ^"))
        if symbol == "**" and self._constant_only(node.right):
            power = self._evaluate(node.right)
            if abs(power) > MAX_EXPONENT:
                raise _exponent_too_large(power, node.right)
            degree, digits = _growth(node)
            if degree > MAX_DEGREE:
                too_high = message("nested powers multiply to degree {degree}: at most {limit}",
                                   degree=f"{degree:g}", limit=f"{MAX_DEGREE:g}")  # fmt: skip
                raise ExpressionError(too_high, _column(node))
            if digits > MAX_COEFFICIENT_DIGITS:
                raise ExpressionError(message("a power of a constant factor grows beyond 1e300 "
                                              "(e.g. (1e5*x)**100)"), _column(node))  # fmt: skip
        left = self.build(node.left, depth + 1)
        right = self.build(node.right, depth + 1)
        if symbol == "+":
            return left + right
        if symbol == "-":
            return left - right
        if symbol == "*":
            return left * right
        if symbol == "/":
            return left / right
        return self.sp.Pow(left, right)

    def _call(self, node: ast.Call, depth: int) -> Any:
        if not isinstance(node.func, ast.Name):
            raise ExpressionError(self._not_callable(node.func), _column(node), _functions_hint())
        name = node.func.id
        if name in VARIABLES or name in CONSTANTS:
            what = (message("'{name}' is a variable, not a function,", name=name)
                    if name in VARIABLES
                    else message("'{name}' is a constant, not a function,", name=name))  # fmt: skip
            hint = message("to multiply, write {name}*(…)", name=name)
            raise ExpressionError(what, _column(node), hint)
        if name not in FUNCTIONS:
            suggestion = "" if _dangerous(name) else suggest(name, FUNCTIONS)
            refused = message("'{name}' is not an allowed function{suggestion}",
                              name=name, suggestion=suggestion)  # fmt: skip
            raise ExpressionError(refused, _column(node), _functions_hint())
        if node.keywords:
            named = message("{function}() takes no named arguments", function=name)
            raise ExpressionError(named, _column(node))
        wanted = FUNCTIONS[name]
        if len(node.args) != wanted:
            given = len(node.args)
            if wanted > 1:
                count = message("{function}() takes {wanted} arguments, not {given}",
                                function=name, wanted=wanted, given=given)  # fmt: skip
            else:
                count = message("{function}() takes {wanted} argument, not {given}",
                                function=name, wanted=wanted, given=given)  # fmt: skip
            raise ExpressionError(count, _column(node))
        args = [self.build(a, depth + 1) for a in node.args]
        sp = self.sp
        simple = {"sin": sp.sin, "cos": sp.cos, "tan": sp.tan, "asin": sp.asin, "acos": sp.acos,
                  "atan": sp.atan, "sinh": sp.sinh, "cosh": sp.cosh, "tanh": sp.tanh,
                  "exp": sp.exp, "log": sp.log, "sqrt": sp.sqrt, "abs": sp.Abs,
                  "sign": sp.sign, "min": sp.Min, "max": sp.Max}  # fmt: skip
        if name in simple:
            return simple[name](*args)
        if name == "log10":
            return sp.log(args[0]) / sp.log(10)
        if name == "sigmoid":
            return 1 / (1 + sp.exp(-args[0]))
        return sp.log(1 + sp.exp(args[0]))  # softplus

    def _not_callable(self, func: ast.expr) -> Message:
        """What a call of something other than a function's name calls, quoted as typed (the
        text only: nothing is evaluated)."""
        if isinstance(func, ast.Lambda):
            return message("a lambda cannot be called: only the listed functions can, by name")
        quoted = _quote(ast.get_source_segment(self.source, func) or ast.unparse(func))
        if isinstance(func, ast.Attribute):
            return message("'{code}' cannot be called: attribute access (.) is not allowed",
                           code=quoted)  # fmt: skip
        if isinstance(func, ast.Subscript):
            return message("'{code}' cannot be called: indexing [ ] is not allowed", code=quoted)
        return message("'{code}' cannot be called: only the listed functions can, by name",
                       code=quoted)  # fmt: skip

    def _unknown(self, name: str, node: ast.AST) -> ExpressionError:
        valid = [*VARIABLES, *CONSTANTS, *FUNCTIONS]
        suggestion = "" if _dangerous(name) else suggest(name, valid)
        unknown = message("unknown name '{name}'{suggestion}", name=name, suggestion=suggestion)
        hint = message("use x and y, pi, e, or {functions}", functions=", ".join(FUNCTIONS))
        return ExpressionError(unknown, _column(node), hint)

    def _constant_only(self, node: ast.AST) -> bool:
        """True for a subtree of numbers, pi, e and whitelisted operations (no x, y)."""
        for sub in ast.walk(node):
            if (
                isinstance(sub, ast.Name)
                and sub.id not in CONSTANTS
                and not (sub.id in FUNCTIONS and _is_call_name(node, sub))
            ):
                return False
        return _only_allowed(node)

    def _evaluate(self, node: ast.AST) -> float:
        """A constant subtree in floats: nothing bigger than MAX_CONSTANT is ever computed."""
        try:
            value = _float_eval(node)
        except _PowerTooLargeError as error:
            raise _exponent_too_large(error.exponent, error.node) from None
        except OverflowError:
            value = math.inf  # beyond the largest float, so beyond MAX_CONSTANT
        except (ZeroDivisionError, ValueError, TypeError):
            undefined = message("a constant part cannot be evaluated (too large, or undefined "
                                "like 1/0 or log(-1))")  # fmt: skip
            raise ExpressionError(undefined, _column(node)) from None
        if not math.isfinite(value) or abs(value) > MAX_CONSTANT:
            too_large = message("a constant part is too large: the limit is {limit}",
                                limit=f"{MAX_CONSTANT:g}")  # fmt: skip
            raise ExpressionError(too_large, _column(node))
        return value


class _PowerTooLargeError(OverflowError):
    """A constant power a**b with |a| > 1 and |b| > MAX_EXPONENT: refused before it is computed
    (9**9**9**9 would take all memory as an integer, and overflows as a float)."""

    def __init__(self, exponent: float, node: ast.AST) -> None:
        super().__init__()
        self.exponent, self.node = exponent, node


def _exponent_too_large(exponent: float, node: ast.AST) -> ExpressionError:
    too_large = message("exponent {exponent} is too large: at most {limit}",
                        exponent=_number_text(exponent), limit=f"{MAX_EXPONENT:g}")  # fmt: skip
    return ExpressionError(too_large, _column(node))


def _number_text(value: float) -> str:
    """A whole number in full (387420489, not 3.87420e+08), anything else in 6 digits."""
    return str(int(value)) if value.is_integer() and abs(value) < 1e15 else f"{value:g}"


def _quote(code: str, limit: int = 40) -> str:
    code = " ".join(code.split())
    return code if len(code) <= limit else code[: limit - 1] + "…"


def _dangerous(name: str) -> bool:
    """Names of Python's machinery: no 'did you mean' for them."""
    return name.startswith("__") or name in ("import", "eval", "exec", "open", "lambda")


def _functions_hint() -> Message:
    return message("use one of {functions}", functions=", ".join(FUNCTIONS))


def _growth(node: ast.AST) -> tuple[float, float]:
    """Upper bounds on what sympy's automatic expansion can make of `node`: the polynomial
    degree, and the decimal digits of a numeric coefficient. Checked before sympy sees the
    expression, because building ((3*x)**100)**100 already computes 3**10000 exactly."""
    if isinstance(node, ast.Expression):
        return _growth(node.body)
    if isinstance(node, ast.Name):
        return (1.0, 0.0) if node.id in VARIABLES else (0.0, 1.0)
    if isinstance(node, ast.Constant):
        value = abs(float(node.value)) if isinstance(node.value, int | float) else 1.0
        return 0.0, math.log10(value) if value > 1 else 0.0
    if isinstance(node, ast.UnaryOp):
        return _growth(node.operand)
    if isinstance(node, ast.BinOp):
        d1, c1 = _growth(node.left)
        d2, c2 = _growth(node.right)
        if isinstance(node.op, ast.Pow | ast.BitXor):
            try:
                power = abs(_float_eval(node.right))
            except (OverflowError, ZeroDivisionError, ValueError, TypeError, KeyError):
                return d1, c1  # not a plain number: sympy keeps the power unexpanded
            return d1 * power, c1 * power
        if isinstance(node.op, ast.Mult | ast.Div):
            return d1 + d2, c1 + c2
        return max(d1, d2), max(c1, c2) + 1
    if isinstance(node, ast.Call):
        parts = [_growth(a) for a in node.args]
        return max(p[0] for p in parts), max(p[1] for p in parts)
    return 0.0, 0.0


def _is_call_name(root: ast.AST, name_node: ast.Name) -> bool:
    return any(isinstance(n, ast.Call) and n.func is name_node for n in ast.walk(root))


def _only_allowed(node: ast.AST) -> bool:
    allowed = (ast.Expression, ast.BinOp, ast.UnaryOp, ast.Call, ast.Name, ast.Constant,
               ast.Add, ast.Sub, ast.Mult, ast.Div, ast.Pow, ast.BitXor, ast.UAdd, ast.USub,
               ast.Load)  # fmt: skip
    for sub in ast.walk(node):
        if not isinstance(sub, allowed):
            return False
        if isinstance(sub, ast.Constant) and (
            isinstance(sub.value, bool) or not isinstance(sub.value, int | float)
        ):
            return False
        if isinstance(sub, ast.Call) and (
            not isinstance(sub.func, ast.Name)
            or sub.func.id not in FUNCTIONS
            or sub.keywords
            or len(sub.args) != FUNCTIONS[sub.func.id]
        ):
            return False
    return True


def _float_eval(node: ast.AST) -> float:
    if isinstance(node, ast.Expression):
        return _float_eval(node.body)
    if isinstance(node, ast.Constant):
        if isinstance(node.value, bool) or not isinstance(node.value, int | float):
            raise TypeError
        return float(node.value)
    if isinstance(node, ast.Name):
        return CONSTANTS[node.id]
    if isinstance(node, ast.UnaryOp):
        v = _float_eval(node.operand)
        return -v if isinstance(node.op, ast.USub) else v
    if isinstance(node, ast.BinOp):
        a, b = _float_eval(node.left), _float_eval(node.right)
        if isinstance(node.op, ast.Add):
            return a + b
        if isinstance(node.op, ast.Sub):
            return a - b
        if isinstance(node.op, ast.Mult):
            return a * b
        if isinstance(node.op, ast.Div):
            return a / b
        if abs(b) > MAX_EXPONENT and abs(a) > 1:
            raise _PowerTooLargeError(b, node.right)
        return float(a**b)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
        return float(_FLOAT_FUNCTIONS[node.func.id](*[_float_eval(a) for a in node.args]))
    raise TypeError


def _not_allowed(node: ast.AST) -> Message:
    """'<what the node is>' is not allowed: one sentence per kind, so that each translates whole;
    code (lambda, :=, and/or) and unexpected node types are filled into one template."""
    kinds = {
        ast.Attribute: message("'attribute access (.)' is not allowed"),
        ast.Subscript: message("'indexing [ ]' is not allowed"),
        ast.ListComp: message("'a comprehension' is not allowed"),
        ast.GeneratorExp: message("'a generator' is not allowed"),
        ast.Compare: message("'a comparison' is not allowed"),
        ast.Tuple: message("'a tuple' is not allowed"),
        ast.List: message("'a list' is not allowed"),
        ast.Dict: message("'a dict' is not allowed"),
        ast.Set: message("'a set' is not allowed"),
        ast.JoinedStr: message("'an f-string' is not allowed"),
    }
    code = {ast.Lambda: "lambda", ast.BoolOp: "and/or", ast.IfExp: "if/else", ast.NamedExpr: ":=",
            ast.Starred: "*"}  # fmt: skip
    if isinstance(node, ast.Constant):
        return message("'the value {value}' is not allowed", value=repr(node.value))
    if type(node) in kinds:
        return kinds[type(node)]
    return message("'{code}' is not allowed", code=code.get(type(node), type(node).__name__))


def _operator(op: ast.operator) -> str:
    return {ast.Mod: "%", ast.FloorDiv: "//", ast.MatMult: "@", ast.BitAnd: "&", ast.BitOr: "|",
            ast.LShift: "<<", ast.RShift: ">>"}.get(type(op), type(op).__name__)  # fmt: skip


def parse_expression(text: str) -> ParsedExpression:
    """Check `text` and compile f, its gradient and Hessian; ExpressionError says what is wrong."""
    if not isinstance(text, str) or not text.strip():
        raise ExpressionError(
            message("type a formula in x and y, e.g. (1 - x)**2 + 100*(y - x**2)**2")
        )
    if len(text) > MAX_LENGTH:
        too_long = message("the formula is {length} characters long: at most {limit}",
                           length=len(text), limit=MAX_LENGTH)  # fmt: skip
        raise ExpressionError(too_long)
    original = text.strip()
    if "#" in original:
        raise ExpressionError(message("'#' is not allowed (a formula has no comments)"),
                              original.index("#") + 1)  # fmt: skip
    # ^ is power, binding as tightly as ** (in Python it is a low-precedence bitwise xor).
    source = original.replace("^", "**")
    try:
        try:
            tree = ast.parse(source, mode="eval")
        except SyntaxError as error:
            where = _original_column(original, error.offset) if error.offset else None
            # error.msg is Python's own English ("invalid syntax", "'(' was never closed")
            syntax = message("syntax error ({detail})", detail=error.msg)
            raise ExpressionError(syntax, where) from None
        except (ValueError, RecursionError, MemoryError):
            raise ExpressionError(message("the formula cannot be read")) from None
        checker = _Checker(source)
        expr = checker.build(tree)
        parsed = _compile(original, expr, checker)
        _probe(parsed)
    except ExpressionError as error:
        if error.column is None:
            raise
        column = _original_column(original, error.column)
        raise ExpressionError(error.problem, column, error.hint) from None
    except (ValueError, OverflowError, ArithmeticError, RecursionError, MemoryError, TypeError):
        raise ExpressionError(message("the formula is too large to work with; make its numbers "
                                      "or powers smaller")) from None  # fmt: skip
    return parsed


def _probe(parsed: ParsedExpression) -> None:
    """Evaluate f and its derivatives once: a formula that cannot even be computed is refused
    now, not when a run or the picture needs it (undefined points are fine: they are holes)."""
    x = np.array([0.3, -1.7, 2.9])
    y = np.array([-0.4, 1.1, 0.0])
    parsed.f(x, y)
    parsed.gradient(x, y)
    parsed.hessian(x, y)


def _original_column(original: str, column: int) -> int:
    """A column of the text with ^ written as ** back in the text as typed."""
    shift = 0
    position = 0
    for i, ch in enumerate(original):
        position = i + 1 + shift
        if position >= column:
            return i + 1
        if ch == "^":
            shift += 1
    return min(column, len(original))


def _compile(text: str, expr: Any, checker: _Checker) -> ParsedExpression:
    sp = checker.sp
    x, y = checker.x, checker.y

    def tidy(e: Any) -> Any:
        # sign' is a Dirac delta: zero wherever it is defined, which is what a step can use.
        return e.replace(sp.DiracDelta, lambda *a: sp.Integer(0))

    gx, gy = tidy(sp.diff(expr, x)), tidy(sp.diff(expr, y))
    hxx, hxy, hyy = tidy(sp.diff(gx, x)), tidy(sp.diff(gx, y)), tidy(sp.diff(gy, y))
    modules = [{"Heaviside": lambda a, b=0.5: np.heaviside(a, 0.5)}, "numpy"]

    def compiled(e: Any) -> Callable[[Any, Any], Any]:
        fn = sp.lambdify((x, y), e, modules=modules, cse=True)

        def call(xv: Any, yv: Any) -> Any:
            xv, yv = np.asarray(xv, dtype=np.float64), np.asarray(yv, dtype=np.float64)
            with np.errstate(all="ignore"):
                out = np.asarray(fn(xv, yv), dtype=np.float64)
            return np.broadcast_to(out, np.broadcast(xv, yv).shape).copy()

        return call

    f, fgx, fgy = compiled(expr), compiled(gx), compiled(gy)
    fxx, fxy, fyy = compiled(hxx), compiled(hxy), compiled(hyy)
    return ParsedExpression(
        text=text,
        sympy_expr=expr,
        gradient_text=(_pretty(gx), _pretty(gy)),
        f=f,
        gradient=lambda a, b: (fgx(a, b), fgy(a, b)),
        hessian=lambda a, b: (fxx(a, b), fxy(a, b), fyy(a, b)),
    )


def _pretty(e: Any) -> str:
    return str(e).replace("**", "^")
