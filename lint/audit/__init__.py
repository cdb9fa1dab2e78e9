"""The audit of what is already published: the LinkedIn data export."""
