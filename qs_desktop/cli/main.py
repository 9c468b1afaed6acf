"""`qs-ledger`: the command line over the same ops the GUI uses. No Qt is imported here.

Errors are one line on stderr in Chinese; exit 1 for rejected input or a bad database,
2 for wrong usage; never a traceback.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Sequence

from .. import errorlog
from ..core.errors import QsError, UsageError
from . import db_cmds, exchange_cmds, ledger_cmds, office_cmds, package_cmds, report_cmds

COMMAND_MODULES = [ledger_cmds, report_cmds, exchange_cmds, package_cmds, db_cmds, office_cmds]


# argparse's own messages (Python 3.11 wording), said in Chinese; anything else passes as is.
_ARGPARSE_CN = [
    (r"the following arguments are required: (.+)", r"缺少参数 \1"),
    (r"one of the arguments (.+) is required", r"需要以下参数之一：\1"),
    (r"argument (\S+): not allowed with argument (\S+)", r"参数 \1 不能与 \2 同时使用"),
    (r"argument (\S+): invalid choice: (.+?) \(choose from (.+)\)", r"参数 \1 的值 \2 无效，可选：\3"),
    (r"argument (\S+): invalid \w+ value: (.+)", r"参数 \1 的值 \2 无效"),
    (r"argument (\S+): expected one argument", r"参数 \1 后面缺少取值"),
    (r"unrecognized arguments: (.+)", r"无法识别的参数 \1"),
    (r"argument (\S+): (.+)", r"参数 \1：\2"),  # a message of our own type functions
]


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs) -> None:  # argparse's own headings, in Chinese
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)
        self._positionals.title, self._optionals.title = "参数", "选项"
        self.add_argument("-h", "--help", action="help", help="显示帮助并退出")

    def format_usage(self) -> str:
        return super().format_usage().replace("usage: ", "用法：", 1)

    def format_help(self) -> str:
        return super().format_help().replace("usage: ", "用法：", 1)

    def error(self, message: str) -> None:  # argparse would print usage and exit 2 in English
        for pattern, chinese in _ARGPARSE_CN:
            if re.fullmatch(pattern, message):
                message = re.sub(pattern, chinese, message)
                break
        raise UsageError(f"命令用法有误：{message}（运行 qs-ledger --help 查看用法）")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="qs-ledger", description="沁水生态环境重点任务台账 — 命令行")
    parser.add_argument("--db", metavar="PATH", help="数据库文件（默认：$QS_LEDGER_DB 或用户数据目录）")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    _utf8_streams()
    errorlog.log_unraisable()
    try:
        args = build_parser().parse_args(argv)
        return args.run(args) or 0
    except QsError as exc:
        print(exc.message, file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:  # output piped into `head` and the like
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("已取消。", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 — the promise is: never a traceback
        log = errorlog.record(exc)
        print(f"内部错误：{type(exc).__name__}: {exc}。{errorlog.where(log)}", file=sys.stderr)
        return 1


def _utf8_streams() -> None:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure:
            reconfigure(encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
