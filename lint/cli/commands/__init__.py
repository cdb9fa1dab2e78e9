"""One module a command: each parses its options, calls the library, prints, exits."""
