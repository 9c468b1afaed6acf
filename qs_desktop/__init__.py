"""QS Ledger — 沁水生态环境重点任务台账."""

__version__ = "0.1.0"
