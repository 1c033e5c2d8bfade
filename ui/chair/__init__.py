"""The chair's window: capture one table's conversation, keyboard first."""
