"""What changed between two versions of a generated package, and how much it matters to users."""
