"""What replaces a value: suggestions, masks, and the fix itself."""
