"""What the use cases stand on: the clock."""
