from recipe_lint.cli import main

raise SystemExit(main())
