"""The case's evidence files: the evidence page (list, details, chain of custody, actions) and its dialogs."""
