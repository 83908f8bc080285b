"""Company tagging, speaker attribution and stance classification."""
