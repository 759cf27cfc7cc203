"""HR Desk's shipped files: fonts, icons, translations, legal data and demo word lists.

This folder sits at the top of the repository and is installed as the package
`hrdesk.resources` (a package-dir mapping in pyproject.toml). Read it through
`hrdesk.resources_path`, which also finds it inside a frozen bundle.
"""
