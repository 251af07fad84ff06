from recipe_lint.lint import main

raise SystemExit(main())
