"""Entry point of the bundled `qs-ledger` (PyInstaller runs this file as __main__)."""

import sys

from qs_desktop.cli.main import main

sys.exit(main())
