"""The unlocked window: toolbar, case list beside the case file, preferences."""
