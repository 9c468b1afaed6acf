"""Entry point of the bundled `qs-desktop` (PyInstaller runs this file as __main__)."""

import sys

from qs_desktop.ui.app import main

sys.exit(main())
