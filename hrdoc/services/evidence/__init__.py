"""Evidence: the encrypted vault, chain of custody, metadata, capture of online sources."""
