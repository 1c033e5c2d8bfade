"""The secretariat's window: prepare the conference, collect and merge the tables' bundles, review, print."""
