"""Moving records between stores and files: case bundles, sync, merge conflicts, ACLED files, table exports."""
