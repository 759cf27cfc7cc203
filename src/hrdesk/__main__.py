import sys

from hrdesk.cli import main

sys.exit(main())
