"""Record forms: field specs read from the record registry, and the one dialog that edits every kind."""
