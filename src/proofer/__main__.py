from proofer.cli import main

raise SystemExit(main())
