;;; draftlint.el --- draftlint's language server in Emacs, through eglot  -*- lexical-binding: t; -*-

;; Load it from init.el: (load "/path/to/draftlint.el")
;; Eglot is built into Emacs 29; on Emacs 28, install it (M-x package-install RET eglot, or
;; Debian's elpa-eglot).  Findings show as Flymake diagnostics; M-x eglot-code-actions
;; offers the quick fixes.

(require 'eglot)

(defconst draftlint-modes '(markdown-mode gfm-mode text-mode html-mode mhtml-mode)
  "The major modes of drafts: Markdown, plain text, HTML.")

;; One server per project.  The language ids are the server's names for the three kinds of
;; draft (without them, mhtml-mode would send "mhtml" and gfm-mode "gfm").  markdown-mode is
;; a package of its own; without it, .md files open in fundamental-mode.
(add-to-list 'eglot-server-programs
             '(((markdown-mode :language-id "markdown") (gfm-mode :language-id "markdown")
                (html-mode :language-id "html") (mhtml-mode :language-id "html")
                (text-mode :language-id "text"))
               . ("draftlint" "server")))

(defun draftlint-eglot-ensure ()
  "Start draftlint in a draft's buffer.
text-mode-hook also runs in modes derived from text-mode (Org, commit messages): not those."
  (when (memq major-mode draftlint-modes)
    (eglot-ensure)))

(dolist (hook '(markdown-mode-hook gfm-mode-hook text-mode-hook html-mode-hook mhtml-mode-hook))
  (add-hook hook #'draftlint-eglot-ensure))

(provide 'draftlint)
;;; draftlint.el ends here
