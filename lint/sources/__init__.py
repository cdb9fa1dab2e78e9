"""Where drafts come from: files of every format, stdin, the clipboard, git's index."""
