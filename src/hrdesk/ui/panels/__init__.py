"""The panels a list workspace is made of: the record table (ui/panels/record_table.py),
the action bar (action_bar.py), a details pane (details_pane.py) and the record forms
behind New / Edit / Archive (record_forms.py); the filter bar is ui/filters.py. Each
works alone and speaks by signals; a workspace makes the ones it needs and hands them to
`ListWorkspace.assemble`, which lays them out and wires them together."""
