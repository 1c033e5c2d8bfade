"""Personal data in what a region publishes: finding it (detect), the secretariat's review of every
finding (review), and the gate that applies the decisions to public documents and open data (publish)."""
