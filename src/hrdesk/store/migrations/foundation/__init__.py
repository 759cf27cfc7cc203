"""The first revision's tables, in two parts (revision 0001 creates both)."""
