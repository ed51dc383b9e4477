"""A learned veto on the activities the hand rules emit (experiment; see bench/README.md)."""
