"""PDF minutes and open data, built with reportlab from what the store holds.

The services (each writes its file atomically and returns the PDF's page count or the rows written):
    table.build_table_minutes(store, conference_id, table_number, path, language)
    conference.build_conference_minutes(store, conference_id, path, language)
    themes.build_theme_report(store, process_id, path, language, theme=None)
    public.build_public_report(store, conference_id, pdf_path, language, html_path=None)
    opendata.export_data(store, conference_id, "csv" | "json", path, language)
Every PDF is tagged (PDF/UA-1) and archivable (PDF/A-2a). Content modules build documents only from
the layout layer's blocks (blocks.py), which carry their structure role; the layer is layout.py (page
template, canvas), blocks.py, marked.py, grid.py, contents.py, tagging.py (marked content and the
structure tree) and archival.py (XMP metadata, output intent).
This package's __init__ imports nothing heavy: reportlab loads when a document is first made.
"""
