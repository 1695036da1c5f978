"""Citation helpers: parse, format and find statute, case and docket citations; resolve courts."""
