"""Pure rules with no I/O: deadlines, calendar, Vietnamese text, periods, validation."""
